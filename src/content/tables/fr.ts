/**
 * The fr message table for the injected UI, as a script of its own: the background injects it
 * just before ui.js when LinkedIn's page is in fr (see ../../ui/i18n-tables.ts). One table per
 * page instead of four in ui.js keeps that bundle a third smaller (issue 10/11 performance note).
 */
import table from '../../../public/_locales/fr/messages.json';
import { offerTable } from '../../ui/i18n-offer';

offerTable('fr', table);
