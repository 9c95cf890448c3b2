import { z } from "@/lib/forms/zod";
import { checkboxList } from "@/lib/forms/fields";

/** The reminder form of one diagnostic of the cluster: the pair members picked. */
export const SendRemindersInput = z.object({
  clusterId: z.string().min(1),
  templateId: z.string().min(1),
  personIds: checkboxList(z.string().min(1), "Choisissez au moins une personne à relancer.").pipe(
    z.array(z.string()).max(500, "500 personnes au plus à la fois."),
  ),
});
export type SendRemindersInput = z.input<typeof SendRemindersInput>;
