/**
 * The pt message table for the injected UI, as a script of its own: the background injects it
 * just before ui.js when LinkedIn's page is in pt (see ../../ui/i18n-tables.ts). One table per
 * page instead of all of them in ui.js keeps that bundle small (issue 10/11 performance note).
 */
import table from '../../../public/_locales/pt/messages.json';
import { offerTable } from '../../ui/i18n-offer';

offerTable('pt', table);
