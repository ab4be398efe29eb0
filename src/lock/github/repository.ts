/** The repository every commit-lock GitHub operation acts on (`GITHUB_REPOSITORY` split in two). */
export interface RepositoryRef {
  owner: string;
  repo: string;
}
