import { z } from "zod";
import { fr } from "zod/locales";

// The one import of zod's runtime for the app's code, server and browser alike: zod's own messages in French
// (its French locale), wherever a schema gives none of the app's own.
z.config(fr());

export { z };
