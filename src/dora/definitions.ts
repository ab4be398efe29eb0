/**
 * The definitions as implemented, word for word what the job summary shows in its collapsed
 * section and what actions/dora-report/README.md documents (a test checks the README holds each).
 */
export const DEFINITIONS: readonly { term: string; text: string }[] = [
  {
    term: 'Deployments',
    text:
      'GitHub deployments to the environment created inside the window. A deployment\'s outcome is its latest status other than `inactive` ' +
      '(GitHub adds `inactive` to a deployment when a newer one succeeds): `success` → successful; `failure` or `error` → failed; ' +
      'anything else (`queued`, `pending`, `in_progress`, `waiting`, or no status) → not judged. Judged deployments are the successful and failed ones.',
  },
  {
    term: 'Deployment frequency',
    text: 'Successful deployments ÷ days in the window. No judged deployment in the window: no data.',
  },
  {
    term: 'Lead time for changes',
    text:
      'For each successful deployment, the commits it newly brought to the environment: compare from the previous successful deployment\'s commit ' +
      '(in the same environment and service, ordered by success time) to its own. Per commit, the time from its author date to the deployment\'s ' +
      'success status; the figure is the median over all such commits. For a first deployment with no earlier successful one, only commits authored ' +
      'in the 30 days before it count. A squash-merged pull request (a merged pull request\'s merge commit with one parent, when the pull request\'s ' +
      'first commit is older) counts from the pull request\'s first commit\'s author date; a rebase merge\'s last commit is treated the same way. ' +
      'A commit dated after its deployment counts as 0.',
  },
  {
    term: 'Change failure rate',
    text:
      'Failed deployments ÷ judged deployments. A successful deployment also counts as failed when a later deployment\'s payload names its id in ' +
      '`rollback-of` (a number or a string of digits), or when an issue with the incident label names its deployment id (`deployment 123`, ' +
      '`deployment #123`, `deployment id: 123`, `deployments/123`) or its commit (7 to 40 hex characters of the sha). An incident naming a commit marks ' +
      'the latest deployment of that commit that had succeeded when the issue was opened.',
  },
  {
    term: 'Failed deployment recovery time',
    text:
      'For each failed deployment, from its failure (its `failure` or `error` status; for a successful deployment counted as failed, its success ' +
      'status) to the success of the next successful deployment in the same environment and service; the median. Failed deployments that no ' +
      'successful deployment has followed yet are counted as not recovered and left out of the median.',
  },
  {
    term: 'Rework rate',
    text:
      'Unplanned judged deployments ÷ judged deployments. A deployment is unplanned when it is a rollback (its payload has `rollback-of`), or when ' +
      'it newly brought commits and every one of them, merge commits aside, is a revert (message starting `Revert "`) or comes from a pull request ' +
      'labelled `hotfix` (its squash or rebase merge commit, or a commit its merge commit brought in).',
  },
  {
    term: 'Levels',
    text:
      'Each metric is placed in the chosen benchmark\'s table (DORA 2024 by default; DORA 2023; or none): in the best level whose range holds it, ' +
      'and low when no range does (the tables overlap and leave gaps). Change failure rate, which the clusters give as one typical value each and ' +
      'which does not rise from elite to low, is placed in the cluster whose value is nearest. Rework rate has no levels. Every figure shows its sample size.',
  },
  {
    term: 'Previous window',
    text: 'The window of the same length just before this one, judged by the same rules; the change is this window\'s figure minus the previous one\'s.',
  },
];
