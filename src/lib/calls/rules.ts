// What is open to applications: a cluster in recruitment of an active Aract; a programme not over yet
// (no end year, or one still to come), national or of an active Aract.

export const openClusterWhere = { status: "RECRUITING" as const, aract: { deactivatedAt: null } };

export const openProgrammeWhere = (year: number) => ({
  AND: [
    { OR: [{ endYear: null }, { endYear: { gte: year } }] },
    { OR: [{ aractId: null }, { aract: { deactivatedAt: null } }] },
  ],
});

export const currentYear = (today: string) => Number(today.slice(0, 4));
