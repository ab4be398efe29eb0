import { CATEGORIES, type Category } from '../finding.js';
import { exceptionTooLong } from './exception-limit.js';
import { startOfUtcDay } from './expiry.js';
import { compareFailOn, compareSuppressionMode, failOnFor, type Budgets, type CategoryPolicy, type FailOn, type Policy } from './policy.js';
import { PolicyError, type PolicyProblem } from './policy-error.js';

/** Options of mergePolicies. */
export interface MergePoliciesOptions {
  /** "Now", to check the child's exceptions against the merged `max-exception-days`. */
  today: Date;
}

function stricter(a: FailOn, b: FailOn): FailOn {
  return compareFailOn(a, b) <= 0 ? a : b;
}

/** Per severity, the smaller of two limits; a limit set on one side only is kept. */
function smallest<T extends Partial<Record<string, number>>>(a: T, b: T): T {
  const merged: Partial<Record<string, number>> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = current === undefined ? value : Math.min(current, value);
  }
  return merged as T;
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

/**
 * Applies a repository's policy (`child`) on top of the central policy it `extends` (`parent`).
 * The child can only make the gate stricter; anything that would loosen it is a PolicyError
 * naming the child's file, never a silent override. The rules (also in POLICY.md):
 * - `fail-on` and `categories.*.fail-on`: the stricter floor wins; a child that states a looser
 *   floor than the parent's for the same scope is an error. A key the child leaves out inherits.
 * - `new-only`: a child may turn it off (stricter), not on when the parent turned it off.
 * - `suppressions`: the stricter mode wins (honor → baseline-only → ignore); a child stating a
 *   looser one than the parent's is an error.
 * - `required`, `block`: unions. `budgets`, `categories.*.budgets`, `max-exception-days`: the
 *   smaller limit per severity.
 * - `exceptions`, `paths.exclude`, `tools` can only loosen a gate (suppress, exclude or
 *   re-categorize findings), so a child may add them only when the parent lists them in
 *   `delegate`. Even then, child exceptions must fit the merged `max-exception-days` and may not
 *   name an item of the parent's `block`, and a child may not re-map a tool the parent maps.
 * - `delegate`: the intersection; a child cannot delegate what it was not delegated.
 * Pure: resolving `extends` to the parent's text is the caller's job (parse it with parsePolicy,
 * then merge; for chains, merge from the root down).
 */
export function mergePolicies(parent: Policy, child: Policy, options: MergePoliciesOptions): Policy {
  const problems: PolicyProblem[] = [];
  const problem = (pointer: string, message: string, line?: number) =>
    problems.push({ file: child.file, ...(line === undefined ? {} : { line }), pointer, message });
  const states = (key: string) => child.declared.includes(key);

  // Floors: an undeclared child fail-on inherits the parent's, so the parent's per-category
  // floors are not flattened by the child's built-in default.
  if (states('fail-on') && compareFailOn(child.failOn, parent.failOn) > 0) {
    problem('/fail-on', `is ${child.failOn}, looser than ${parent.file}'s ${parent.failOn}; a policy that extends another can only lower the floor`);
  }
  const failOn = states('fail-on') ? stricter(parent.failOn, child.failOn) : parent.failOn;
  const categories: Partial<Record<Category, CategoryPolicy>> = {};
  for (const category of CATEGORIES) {
    const parentFloor = failOnFor(parent, category);
    const childOwn = child.categories[category]?.failOn;
    if (childOwn !== undefined && compareFailOn(childOwn, parentFloor) > 0) {
      problem(`/categories/${category}/fail-on`, `is ${childOwn}, looser than ${parent.file}'s ${parentFloor} for ${category}; it can only be lowered`);
    }
    const childFloor = childOwn ?? (states('fail-on') ? child.failOn : parentFloor);
    const floor = stricter(parentFloor, childFloor);
    const budgets: Budgets = smallest(parent.categories[category]?.budgets ?? {}, child.categories[category]?.budgets ?? {});
    const entry: CategoryPolicy = {};
    if (floor !== failOn) entry.failOn = floor;
    if (Object.keys(budgets).length > 0) entry.budgets = budgets;
    if (Object.keys(entry).length > 0) categories[category] = entry;
  }

  if (states('new-only') && child.newOnly && !parent.newOnly) {
    problem('/new-only', `is true, but ${parent.file} sets it to false (existing findings count); a policy that extends another cannot turn it on`);
  }

  // In-source suppressions are written by the change under review, so only the stricter mode may win.
  if (states('suppressions') && compareSuppressionMode(child.suppressions, parent.suppressions) < 0) {
    problem('/suppressions', `is ${child.suppressions}, looser than ${parent.file}'s ${parent.suppressions}; a policy that extends another can only tighten it (honor → baseline-only → ignore)`);
  }
  const suppressions = states('suppressions') && compareSuppressionMode(child.suppressions, parent.suppressions) > 0 ? child.suppressions : parent.suppressions;

  const delegated = new Set(parent.delegate);
  if (child.paths.exclude.length > 0 && !delegated.has('paths')) {
    problem('/paths/exclude', `adds excludes, but ${parent.file} does not delegate \`paths\`; ask its owners to add the excludes there or to list \`paths\` in \`delegate\``);
  }
  if (Object.keys(child.tools).length > 0 && !delegated.has('tools')) {
    problem('/tools', `maps tools, but ${parent.file} does not delegate \`tools\`; ask its owners to add the mapping there or to list \`tools\` in \`delegate\``);
  } else {
    for (const [tool, category] of Object.entries(child.tools)) {
      const parentCategory = parent.tools[tool];
      if (parentCategory !== undefined && parentCategory !== category) {
        problem(`/tools/${tool}`, `is ${category}, but ${parent.file} maps ${tool} to ${parentCategory}; remove it here`);
      }
    }
  }
  for (const item of child.delegate) {
    if (!delegated.has(item)) problem('/delegate', `lists ${item}, which ${parent.file} does not delegate; remove it`);
  }

  const maxExceptionDays = smallest(parent.maxExceptionDays, child.maxExceptionDays);
  if (child.exceptions.length > 0 && !delegated.has('exceptions')) {
    const first = child.exceptions[0]!;
    problem('/exceptions', `adds exceptions, but ${parent.file} does not delegate \`exceptions\`; ask its owners to approve them there or to list \`exceptions\` in \`delegate\``, first.source.line);
  } else {
    const blocked = { rules: new Set(parent.block.rules), ids: new Set(parent.block.ids.map((id) => id.toLowerCase())), cwes: new Set(parent.block.cwes) };
    for (const exception of child.exceptions) {
      const pointer = `/exceptions/${exception.source.index}`;
      const lastDay = startOfUtcDay(new Date(exception.expiresAt.getTime() - 1));
      const tooLong = exceptionTooLong(exception, lastDay, maxExceptionDays, options.today);
      if (tooLong) problem(`${pointer}/expires`, tooLong, exception.source.line);
      const { rule, id, cwe } = exception.match;
      const named =
        (rule !== undefined && blocked.rules.has(rule)) ||
        (id !== undefined && blocked.ids.has(id.toLowerCase())) ||
        (cwe !== undefined && blocked.cwes.has(cwe));
      if (named) {
        problem(`${pointer}/match`, `names an item that ${parent.file} blocks; only that policy can except its blocked items`, exception.source.line);
      }
    }
  }
  if (problems.length > 0) throw new PolicyError(problems);

  const merged: Policy = {
    version: 1,
    file: `${child.file} (extends ${parent.file})`,
    failOn,
    categories,
    required: union(parent.required, child.required),
    newOnly: parent.newOnly && (states('new-only') ? child.newOnly : true),
    suppressions,
    block: {
      cwes: union(parent.block.cwes, child.block.cwes),
      rules: union(parent.block.rules, child.block.rules),
      ids: union(parent.block.ids, child.block.ids),
    },
    paths: { exclude: union(parent.paths.exclude, child.paths.exclude) },
    tools: { ...child.tools, ...parent.tools },
    exceptions: [...parent.exceptions, ...child.exceptions],
    budgets: smallest(parent.budgets, child.budgets),
    maxExceptionDays,
    delegate: states('delegate') ? parent.delegate.filter((item) => child.delegate.includes(item)) : [...parent.delegate],
    declared: union(parent.declared, child.declared),
  };
  if (parent.extends !== undefined) merged.extends = parent.extends;
  return merged;
}

