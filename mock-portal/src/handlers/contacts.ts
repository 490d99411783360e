import type { NextFunction, Request, Response } from 'express';
import { addContact, deleteContact, deletionRefusal, saveContact } from '../contacts';
import type { PortalContext } from '../context';
import { contactName, EMAIL_NOTIFICATIONS, MAX_NAME_LENGTH, MAX_PHONE_LENGTH, type ContactField } from '../domain/contact-form';
import { MAX_EMAIL_LENGTH } from '../domain/email-address';
import { notFound } from '../http-error';
import type { Contact } from '../store';
import { contactRows } from '../views-model';
import { unknownFields, unknownFieldsMessage } from '../web/form-fields';
import { signedInAccount } from '../web/session';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      contact?: Contact;
    }
  }
}

const CONTACT_FIELDS: readonly ContactField[] = ['firstName', 'lastName', 'email', 'phone', 'notifications'];
const NOTHING_SAVED = 'Nothing has been saved.';
/** Each field's maxlength: what the rules accept, so a browser never lets a person type more. */
const LIMITS = { name: MAX_NAME_LENGTH, email: MAX_EMAIL_LENGTH, phone: MAX_PHONE_LENGTH };
const CHECK_FIELDS = `Check the fields marked below. ${NOTHING_SAVED}`;

function loadedContact(res: Response): Contact {
  const { contact } = res.locals;
  if (!contact) throw new Error('route is missing loadContact');
  return contact;
}

/** The form's values: what was typed (text only; a field sent twice shows empty), or the saved contact. */
function formValues(source: Readonly<Record<string, unknown>>) {
  const text = (field: ContactField) => (typeof source[field] === 'string' ? source[field] : '');
  const ticked = ([] as unknown[]).concat(source.notifications ?? []);
  return {
    firstName: text('firstName'),
    lastName: text('lastName'),
    email: text('email'),
    phone: text('phone'),
    notifications: EMAIL_NOTIFICATIONS.map((notification) => ({ ...notification, checked: ticked.includes(notification.id) })),
  };
}

export function contactsHandlers(context: PortalContext) {
  const { store } = context;

  function renderForm(res: Response, contact: Contact | null, values: Readonly<Record<string, unknown>>, errors: Partial<Record<ContactField, string>> = {}, formError?: string) {
    const refused = formError ?? (Object.keys(errors).length > 0 ? CHECK_FIELDS : undefined);
    res.status(refused ? 422 : 200).render('contacts/form', {
      title: contact ? 'Edit Contact' : 'Add Contact',
      contact,
      action: contact ? `/billing/contacts/${contact.id}` : '/billing/contacts/new',
      values: formValues(values),
      limits: LIMITS,
      errors,
      formError: refused,
    });
  }

  function renderDelete(res: Response, contact: Contact, status = 200) {
    res.status(status).render('contacts/delete', { title: 'Delete Contact', contact, name: contactName(contact), refusal: deletionRefusal(store, contact) });
  }

  /** The body, or null after answering a form that sent fields it does not have. */
  function contactForm(req: Request, res: Response, contact: Contact | null): Record<string, unknown> | null {
    const body: Record<string, unknown> = req.body ?? {};
    const unknown = unknownFields(body, CONTACT_FIELDS);
    if (unknown.length === 0) return body;
    renderForm(res, contact, body, {}, unknownFieldsMessage(unknown, NOTHING_SAVED));
    return null;
  }

  return {
    /** Finds the contact among the signed-in account's own; anyone else's is "not found". */
    loadContact(req: Request, res: Response, next: NextFunction) {
      const contact = store.contactOf(signedInAccount(res).id, String(req.params.contactId));
      if (!contact) return next(notFound());
      res.locals.contact = contact;
      next();
    },

    list(_req: Request, res: Response) {
      res.render('contacts/list', { title: 'Contacts', contacts: contactRows(store.contactsOf(signedInAccount(res).id)) });
    },

    addForm(_req: Request, res: Response) {
      renderForm(res, null, {});
    },

    add(req: Request, res: Response) {
      const account = signedInAccount(res);
      const form = contactForm(req, res, null);
      if (!form) return;
      const result = addContact(store, account, form);
      if (!result.ok) return renderForm(res, null, form, result.errors);
      context.log(`contact ${result.contact.id} added to account ${account.id}`);
      req.session.notice = `${contactName(result.contact)} was added to your contacts.`;
      res.redirect(303, '/billing/contacts');
    },

    editForm(_req: Request, res: Response) {
      const contact = loadedContact(res);
      renderForm(res, contact, { ...contact });
    },

    save(req: Request, res: Response) {
      const contact = loadedContact(res);
      const form = contactForm(req, res, contact);
      if (!form) return;
      const result = saveContact(store, signedInAccount(res), contact, form);
      if (!result.ok) return renderForm(res, contact, form, result.errors);
      req.session.notice = `Your changes to ${contactName(result.contact)} were saved.`;
      res.redirect(303, '/billing/contacts');
    },

    confirmDelete(_req: Request, res: Response) {
      renderDelete(res, loadedContact(res));
    },

    delete(req: Request, res: Response) {
      const contact = loadedContact(res);
      const result = deleteContact(store, contact);
      // Refused: the page says why, as a conflict with the account's state rather than a bad form.
      if (!result.ok) return renderDelete(res, contact, 409);
      context.log(`contact ${contact.id} deleted from account ${contact.accountId}`);
      req.session.notice = `${contactName(contact)} was deleted from your contacts.`;
      res.redirect(303, '/billing/contacts');
    },
  };
}
