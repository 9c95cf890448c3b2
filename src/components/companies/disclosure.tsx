"use client";

import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";

/**
 * A button that shows or hides its content. Open or closed is the reader's choice, kept across the
 * page's refreshes (a saved form stays in view with its confirmation).
 */
export function Disclosure({ id, label, initiallyOpen, children }: { id: string; label: string; initiallyOpen: boolean; children: ReactNode }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <div>
      <Button variant="tertiary" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {label}
      </Button>
      <div id={id} hidden={!open} className="mt-4">
        {children}
      </div>
    </div>
  );
}
