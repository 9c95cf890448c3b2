import { Notice } from "@/components/ui/notice";

export function FormAlert({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Notice tone="warning" role="alert" title="Rien n'a été enregistré">
      {message}
    </Notice>
  );
}
