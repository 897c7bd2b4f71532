/**
 * The pl message table for the injected UI, as a script of its own: the background injects it
 * just before ui.js when LinkedIn's page is in pl (see ../../ui/i18n-tables.ts). One table per
 * page instead of all of them in ui.js keeps that bundle small (issue 10/11 performance note).
 */
import table from '../../../public/_locales/pl/messages.json';
import { offerTable } from '../../ui/i18n-offer';

offerTable('pl', table);
