import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '../../../tests/support/test';
import { handlebarsViewEngine } from './view-engine';

type Helpers = Record<string, (text: string) => string>;
const SHOUT: Helpers = { shout: (text) => text.toUpperCase() };

/**
 * A views folder: a layout, a nested partial, a view using both and a helper; and an engine over it. In the test's
 * own output folder, which Playwright empties at the next run: one in the system's temporary folder was left behind
 * by every test of every run.
 */
function views(helpers: Helpers = SHOUT) {
  const outputDir = test.info().outputPath();
  mkdirSync(outputDir, { recursive: true });
  const dir = mkdtempSync(path.join(outputDir, 'views-'));
  mkdirSync(path.join(dir, 'layouts'));
  mkdirSync(path.join(dir, 'partials', 'forms'), { recursive: true });
  writeFileSync(path.join(dir, 'layouts', 'main.hbs'), '<title>{{title}}</title><main>{{{body}}}</main><p>{{@root.who}}</p>');
  writeFileSync(path.join(dir, 'layouts', 'plain.hbs'), '[{{{body}}}]');
  writeFileSync(path.join(dir, 'partials', 'forms', 'token.hbs'), '<input value="{{@root.token}}">');
  writeFileSync(path.join(dir, 'page.hbs'), '<h1>{{shout title}}</h1>{{> forms/token}}{{text}}');
  return { dir, render: engineOver(dir, helpers) };
}

/** A new engine (a new portal) over the folder's files as they are now; renders page.hbs. */
function engineOver(dir: string, helpers: Helpers = SHOUT) {
  const engine = handlebarsViewEngine({ layoutsDir: path.join(dir, 'layouts'), partialsDir: path.join(dir, 'partials'), defaultLayout: 'main', extname: '.hbs', helpers });
  return (options: object) => new Promise<string>((resolve, reject) => engine(path.join(dir, 'page.hbs'), options, (error, html) => (error ? reject(error) : resolve(html!))));
}

test('a view renders in the default layout, with helpers, nested partials, @root and escaping', async () => {
  const { render } = views();
  expect(await render({ title: 'Hi', token: 't<1>', text: '<b>', who: 'Dana' })).toBe(
    '<title>Hi</title><main><h1>HI</h1><input value="t&lt;1&gt;">&lt;b&gt;</main><p>Dana</p>',
  );
});

test('layout: another layout by name, or none', async () => {
  const { render } = views();
  expect(await render({ title: 'Hi', token: 't', text: '', layout: 'plain' })).toBe('[<h1>HI</h1><input value="t">]');
  expect(await render({ title: 'Hi', token: 't', text: '', layout: false })).toBe('<h1>HI</h1><input value="t">');
});

test('a template is read once: later edits to the file are not read while the portal runs', async () => {
  const { dir, render } = views();
  expect(await render({ title: 'a', token: '', text: '1', layout: false })).toBe('<h1>A</h1><input value="">1');
  writeFileSync(path.join(dir, 'page.hbs'), 'changed');
  expect(await render({ title: 'a', token: '', text: '1', layout: false })).toBe('<h1>A</h1><input value="">1');
});

test('a template error reaches the callback, not the process', async () => {
  const { dir } = views();
  writeFileSync(path.join(dir, 'broken.hbs'), '{{#if}}');
  const engine = handlebarsViewEngine({ layoutsDir: path.join(dir, 'layouts'), partialsDir: path.join(dir, 'partials'), defaultLayout: 'main', extname: '.hbs', helpers: {} });
  const error = await new Promise<Error | null>((resolve) => engine(path.join(dir, 'broken.hbs'), {}, (failure) => resolve(failure)));
  expect(error).toBeInstanceOf(Error);
});

test('portals share compiled templates, yet each renders with its own helpers and reads its own files', async () => {
  const loud = views();
  // The same sources and helper names: one compiled template, bound to each portal's own helper.
  const quiet = views({ shout: (text) => text.toLowerCase() });
  expect(await loud.render({ title: 'Hi', token: '', text: '', layout: false })).toBe('<h1>HI</h1><input value="">');
  expect(await quiet.render({ title: 'Hi', token: '', text: '', layout: false })).toBe('<h1>hi</h1><input value="">');
  // A portal started after an edit (a drift test's edited copy of the views) renders the edit.
  writeFileSync(path.join(loud.dir, 'page.hbs'), '<h2>{{shout title}}</h2>');
  expect(await engineOver(loud.dir)({ title: 'Hi', layout: false })).toBe('<h2>HI</h2>');
});

test('a broken partial fails the page that uses it, not the portal\'s start', async () => {
  const { dir } = views();
  writeFileSync(path.join(dir, 'partials', 'forms', 'token.hbs'), '{{#if}}');
  const render = engineOver(dir);
  await expect(render({ title: 'Hi', layout: false })).rejects.toThrow();
});
