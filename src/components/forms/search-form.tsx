import { TextField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";

/** A plain GET search form: the query travels in the URL as `q`, and the server runs the search. */
export function SearchForm({ label, hint, query }: { label: string; hint: string; query: string }) {
  return (
    <form method="get" role="search" className="mt-3 flex flex-wrap items-end gap-3">
      <div className="min-w-64 flex-1">
        <TextField label={label} hint={hint} name="q" id="q" type="search" defaultValue={query} />
      </div>
      <Button type="submit" variant="secondary">
        Rechercher
      </Button>
    </form>
  );
}
