import { ApiError, parseInput, type PirdApi } from '../../shared/api';
import { buildDocument, documentNameFor, documentStats, statsCsv, sumStats, type DocumentFile, type DocumentSummary } from '../../shared/project';
import { matchingKey } from '../../shared/text';
import { summarize } from './document-access';
import { extractOrRefuse, type ServiceContext } from './service-context';
import { yieldTurn } from './jobs';

type LibraryMethods = Pick<PirdApi, 'listProjects' | 'createProject' | 'setProjectQa' | 'importDocument' | 'getProjectStats'>;

/** Projects and their documents: the library, new projects and documents, dashboard numbers. */
export function createLibraryApi(ctx: ServiceContext): LibraryMethods {
  const { library, documents } = ctx;

  /** Stores a new document and lists it in its project. */
  async function addDocument(document: DocumentFile, duplicateOf?: string): Promise<DocumentSummary> {
    await documents.create(document);
    const summary = { ...summarize(document), ...(duplicateOf ? { duplicateOf } : {}) };
    try {
      await library.addDocuments(document.projectId, [summary]);
    } catch (error) {
      await documents.remove(document.id).catch(() => undefined);
      throw error;
    }
    return summary;
  }

  return {
    async listProjects(input) {
      parseInput('listProjects', input);
      return (await library.read()).projects;
    },
    async createProject(input) {
      const { name, sourceLang, targetLang } = parseInput('createProject', input);
      return library.addProject({ id: ctx.freshId('p'), name, sourceLang, targetLang, createdAt: ctx.now().toISOString(), documents: [] });
    },
    async setProjectQa(input) {
      const { projectId, qa } = parseInput('setProjectQa', input);
      return library.updateProject(projectId, (p) => ({ ...p, qa }));
    },
    async importDocument(input) {
      const { projectId, fileName, contentBase64, jobId } = parseInput('importDocument', input);
      return ctx.jobs.run(jobId, 'import', async (job) => {
        // Steps: read the file, compare it with each document of the project (a duplicate is flagged), segment it; then it is written.
        const project = await library.project(projectId);
        const steps = project.documents.length + 2;
        job.report(0, steps, 'steps');
        const extracted = await extractOrRefuse(fileName, Buffer.from(contentBase64, 'base64'));
        if (extracted.text.trim() === '') throw new ApiError('invalid-input', `${fileName}: no text found`);
        job.checkpoint();
        job.report(1, steps, 'steps');
        const key = matchingKey(extracted.text);
        let duplicateOf: string | undefined;
        for (const [k, summary] of project.documents.entries()) {
          const other = await documents.read(summary.id).catch(() => undefined);
          if (other && other.sourceText !== '' && matchingKey(other.sourceText) === key) duplicateOf = other.id;
          job.checkpoint();
          job.report(2 + k, steps, 'steps');
        }
        const document = buildDocument({
          id: ctx.freshId('d'), projectId, name: documentNameFor(fileName, project.documents.map((d) => d.name)), sourceLang: project.sourceLang, targetLang: project.targetLang,
          sourceText: extracted.text, paragraphStyles: extracted.styles, now: ctx.now().toISOString(), author: await ctx.settings.author(),
        });
        await yieldTurn();
        job.checkpoint();
        job.report(steps, steps, 'steps');
        const summary = await addDocument(document, duplicateOf);
        return { document: summary, format: extracted.format, encoding: extracted.encoding };
      });
    },
    async getProjectStats(input) {
      const { projectId } = parseInput('getProjectStats', input);
      const project = await library.project(projectId);
      const documentsStats = [];
      for (const summary of project.documents) documentsStats.push(documentStats(await documents.read(summary.id)));
      const total = sumStats(project.id, project.name, documentsStats);
      return { documents: documentsStats, project: total, csv: statsCsv(documentsStats, total) };
    },
  };
}
