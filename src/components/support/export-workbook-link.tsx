/** The download of the cluster's funder evidence: a plain link, since the route answers a file, not a page. */
export function ExportWorkbookLink({ clusterId }: { clusterId: string }) {
  return (
    <a
      href={`/clusters/${clusterId}/export`}
      download
      className="inline-flex items-center justify-center gap-2 rounded-sm border border-france-900 bg-white px-4 py-2 text-base font-medium text-france-900 no-underline hover:bg-france-50"
    >
      <span aria-hidden="true">⤓</span>
      Exporter les justificatifs (XLSX)
    </a>
  );
}
