// Settings of every connection of the app (and of the benchmark, which times the same queries). The report
// queries group tens of thousands of company facts: with PostgreSQL's default 4 MB per hash, the national
// breakdowns spill to disk (measured: 150 ms instead of 270 ms at three times the network's size).
export const SESSION_SETTINGS = "-c work_mem=32MB";

/**
 * Connections that act for no caller: sign-in, background jobs, scripts (seeds, administration commands).
 * Row-level security lets `app.role = system` read and write every Aract's rows (prisma/migrations/*_row_level_security).
 */
export const SYSTEM_SETTINGS = `${SESSION_SETTINGS} -c app.role=system`;
