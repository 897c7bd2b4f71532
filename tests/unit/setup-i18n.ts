// Unit tests run without a browser: t() reads English from the table the browser would use.
import en from '../../public/_locales/en/messages.json';
import { setMessages } from '../../src/ui/i18n';

setMessages(null, en, null);
