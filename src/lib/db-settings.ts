// Settings of every connection of the app (and of the benchmark, which times the same queries). The report
// queries group tens of thousands of company facts: with PostgreSQL's default 4 MB per hash, the national
// breakdowns spill to disk (measured: 150 ms instead of 270 ms at three times the network's size).
export const SESSION_SETTINGS = "-c work_mem=32MB";
