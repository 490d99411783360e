/**
 * The portal's Handlebars view engine for Express. It does what the portal
 * used from express-handlebars (views by name, a default layout with
 * `{{{body}}}`, partials named by their path under partials/, helpers, the
 * `layout` option to pick another layout or none) with none of its per-render
 * work: every template is compiled once, on first use, into one isolated
 * Handlebars environment, and a page renders synchronously. The templates
 * read by the portal never change while it runs, so nothing is ever re-read.
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

type RenderCallback = (error: Error | null, html?: string) => void;
export type ExpressViewEngine = (filePath: string, options: object, callback: RenderCallback) => void;

export function handlebarsViewEngine(options: ViewEngineOptions): ExpressViewEngine {
  const handlebars = Handlebars.create();
  handlebars.registerHelper(options.helpers);
  // Helpers known at compile time are called directly, without a lookup in the data on every use.
  const compileOptions: Parameters<typeof Handlebars.compile>[1] = { knownHelpers: Object.fromEntries(Object.keys(options.helpers).map((name) => [name, true])) };
  const compile = (file: string) => handlebars.compile(readFileSync(file, 'utf8'), compileOptions);
  for (const file of filesUnder(options.partialsDir, options.extname)) {
    const name = file.slice(0, -options.extname.length).split(path.sep).join('/');
    handlebars.registerPartial(name, compile(path.join(options.partialsDir, file)));
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
