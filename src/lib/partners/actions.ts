"use server";

import { refreshAfter } from "@/lib/actions/refresh";
import { aractAction } from "@/lib/actions/server";
import { DirectoryPartnerInput, PartnerIdInput, UpdateDirectoryPartnerInput } from "./schemas";
import { createDirectoryPartner, setPartnerArchived, updateDirectoryPartner } from "./mutations";

const PATH = "/administration/partenaires";

export const createPartnerAction = aractAction(DirectoryPartnerInput, "partner:manage", (input, scope) =>
  refreshAfter(PATH, createDirectoryPartner(scope, input)),
);
export const updatePartnerAction = aractAction(UpdateDirectoryPartnerInput, "partner:manage", (input, scope) =>
  refreshAfter(PATH, updateDirectoryPartner(scope, input)),
);
export const archivePartnerAction = aractAction(PartnerIdInput, "partner:manage", (input, scope) =>
  refreshAfter(PATH, setPartnerArchived(scope, input, true)),
);
export const restorePartnerAction = aractAction(PartnerIdInput, "partner:manage", (input, scope) =>
  refreshAfter(PATH, setPartnerArchived(scope, input, false)),
);
