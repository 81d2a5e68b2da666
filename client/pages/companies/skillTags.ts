import { MAX_SKILLS, Skill } from "../../../shared/protocol/companies.ts";

export type SkillProblem = "empty" | "invalid" | "duplicate" | "full";

/**
 * Adds what was typed to a profile's skills, by the server's own rule for a skill: a comma or
 * 、 typed by habit splits it into several. Each skill once, whatever its case.
 */
export function addSkills(skills: readonly string[], typed: string): { skills: string[] } | { problem: SkillProblem } {
  const parts = typed.split(/[,，、;；\n]/).map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) return { problem: "empty" };
  const next = [...skills];
  const seen = new Set(next.map((s) => s.toLowerCase()));
  for (const part of parts) {
    const parsed = Skill.safeParse(part);
    if (!parsed.success) return { problem: "invalid" };
    if (seen.has(parsed.data.toLowerCase())) {
      if (parts.length === 1) return { problem: "duplicate" };
      continue;
    }
    if (next.length >= MAX_SKILLS) return { problem: "full" };
    seen.add(parsed.data.toLowerCase());
    next.push(parsed.data);
  }
  return { skills: next };
}
