// SIRET: 14 digits (SIREN of 9 + establishment number of 5), checked with the Luhn algorithm.
// La Poste's establishments (SIREN 356 000 000) are the documented exception: the sum of their
// digits is a multiple of 5 (INSEE, « Contrôle du numéro SIRET »).

const LA_POSTE_SIREN = "356000000";

export function normalizeSiret(input: string): string {
  return input.replace(/[\s.\u00a0-]/g, "");
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

export function isValidSiret(input: string): boolean {
  const siret = normalizeSiret(input);
  if (!/^\d{14}$/.test(siret)) return false;
  if (siret.startsWith(LA_POSTE_SIREN) && siret !== "35600000000048") {
    const digitSum = [...siret].reduce((sum, digit) => sum + Number(digit), 0);
    return digitSum % 5 === 0;
  }
  return luhnSum(siret) % 10 === 0;
}

/** Completes 13 digits with the Luhn check digit: for demo and test data only. */
export function withSiretCheckDigit(first13: string): string {
  if (!/^\d{13}$/.test(first13)) throw new Error("13 chiffres attendus");
  for (let check = 0; check <= 9; check++) {
    const candidate = `${first13}${check}`;
    if (luhnSum(candidate) % 10 === 0) return candidate;
  }
  throw new Error("unreachable");
}

/** "12345678901234" → "123 456 789 01234", as printed on French documents. */
export function formatSiret(siret: string): string {
  const s = normalizeSiret(siret);
  return `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6, 9)} ${s.slice(9)}`;
}
