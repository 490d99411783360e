/**
 * The portal's Handlebars view engine for Express. It does what the portal
 * used from express-handlebars (views by name, a default layout with
 * `{{{body}}}`, partials named by their path under partials/, helpers, the
 * `layout` option to pick another layout or none) with none of its per-render
 * work: every template is read once, on first use, into one isolated
 * Handlebars environment, and a page renders synchronously. The templates
 * read by the portal never change while it runs, so nothing is ever re-read.
 *
 * Compiling is shared by every portal of the process. The suite starts a
 * portal per test, and compiling the same templates again for each was tens
 * of milliseconds of every browser test. What is shared is a template's
 * compiled specification, which is pure code; each portal binds it to its
 * own environment (its helpers and partials).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';

export interface ViewEngineOptions {
  readonly layoutsDir: string;
  readonly partialsDir: string;
  /** layout used unless a render says `layout: 'other'` or `layout: false` */
  readonly defaultLayout: string;
  readonly extname: string;
  readonly helpers: Readonly<Record<string, Handlebars.HelperDelegate>>;
}

type CompileOptions = Parameters<typeof Handlebars.precompile>[1];
type TemplateSpecification = ReturnType<typeof Handlebars.precompile>;

/** Compiled specifications by compile options and source: an edited copy of a view (PORTAL_VIEWS_DIR) is its own entry. */
const specifications = new Map<string, TemplateSpecification>();

function specificationOf(source: string, options: CompileOptions): TemplateSpecification {
  const key = `${JSON.stringify(options)}\n${source}`;
  let specification = specifications.get(key);
  if (!specification) {
    // precompile() gives the specification as JavaScript source, the form build tools write to a file: evaluate it once.
    specification = new Function(`return ${String(Handlebars.precompile(source, options))}`)() as TemplateSpecification;
    specifications.set(key, specification);
  }
  return specification;
}

type RenderCallback = (error: Error | null, html?: string) => void;
export type ExpressViewEngine = (filePath: string, options: object, callback: RenderCallback) => void;

export function handlebarsViewEngine(options: ViewEngineOptions): ExpressViewEngine {
  const handlebars = Handlebars.create();
  handlebars.registerHelper(options.helpers);
  // Helpers known at compile time are called directly, without a lookup in the data on every use.
  const compileOptions: CompileOptions = { knownHelpers: Object.fromEntries(Object.keys(options.helpers).map((name) => [name, true])) };
  const compile = (file: string) => handlebars.template(specificationOf(readFileSync(file, 'utf8'), compileOptions));
  for (const file of filesUnder(options.partialsDir, options.extname)) {
    const name = file.slice(0, -options.extname.length).split(path.sep).join('/');
    // Read and compiled when a page first uses it, so a broken partial fails that render, not the portal's start.
    let partial: Handlebars.TemplateDelegate | undefined;
    const lazily: Handlebars.TemplateDelegate = (context, partialOptions) => (partial ??= compile(path.join(options.partialsDir, file)))(context, partialOptions);
    handlebars.registerPartial(name, lazily);
  }
  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  const template = (filePath: string) => {
    let found = compiled.get(filePath);
    if (!found) {
      found = compile(filePath);
      compiled.set(filePath, found);
    }
    return found;
  };
  const layoutPath = (name: string) => path.join(options.layoutsDir, name.endsWith(options.extname) ? name : `${name}${options.extname}`);

  return (filePath, renderOptions, callback) => {
    try {
      // Express builds this object afresh for each render, so adding `body` to it changes nothing else.
      const context = renderOptions as Record<string, unknown>;
      const body = template(filePath)(context);
      const layout = context.layout === undefined ? options.defaultLayout : context.layout;
      if (typeof layout !== 'string' || layout === '') return callback(null, body);
      // The layout sees the page's own context, so {{title}} and @root.* mean the same in both.
      context.body = body;
      callback(null, template(layoutPath(layout))(context));
    } catch (error) {
      callback(error as Error);
    }
  };
}

/** Every file with the extension under `dir`, as paths relative to it. */
function filesUnder(dir: string, extname: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith(extname)).sort();
}
