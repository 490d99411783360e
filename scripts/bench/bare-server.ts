/**
 * The yardstick for `npm run bench -- --only server`: the least an Express 5 +
 * Handlebars page costs on this machine. One route renders a short list in a
 * layout with express-handlebars (the usual engine, view cache on), and
 * nothing else: no session, no CSRF, no security headers.
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { create as createHandlebars } from 'express-handlebars';
import { reportReady } from '../../tests/support/server-process';

const VIEWS = path.join(__dirname, 'bare-page');
const app = express();
app.engine('.hbs', createHandlebars({ extname: '.hbs', layoutsDir: path.join(VIEWS, 'layouts'), defaultLayout: 'main' }).engine);
app.set('view engine', '.hbs');
app.set('views', VIEWS);
app.set('view cache', true);
app.get('/', (_req, res) => {
  res.render('page', { title: 'My Services', items: ['contoso-dental.com', 'contoso-labs.net', 'contoso.shop'] });
});
const server = app.listen(0, '127.0.0.1', () => {
  reportReady(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
