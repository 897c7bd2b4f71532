/**
 * Where LinkedIn sends an invitation straight off Connect with no dialog (the "People you may know"
 * grid), the guard blocks the click and this feature explains it beside the control, with a way to
 * LinkedIn's own invite-with-a-note flow for that person (issue #3, part 2).
 */
import type { ConnectControl } from '../../linkedin/types';
import { mountShadowHost, renderInto } from '../../ui/mount';
import { uiStyles } from '../../ui/styles';
import type { Feature } from '../runtime';
import { getBridge, type ConnectBlock } from '../bridge';
import { t } from '../../ui/i18n';

let current: AbortController | null = null;
let lastView: AbortSignal | null = null;

function Nudge({ connect, message, overridable, close }: { connect: ConnectControl; message: string; overridable: boolean; close(): void }) {
  const name = connect.person?.firstName || connect.person?.fullName || '';
  const url =
    connect.customInviteUrl ?? (connect.vanityName ? `https://www.linkedin.com/in/${encodeURIComponent(connect.vanityName)}/` : null);
  return (
    <section
      class="op-ui"
      aria-label={t('ext_name')}
      role="group"
      onKeyDown={(e) => {
        // Esc closes the explanation and puts focus back on LinkedIn's Connect.
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        close();
        connect.control.focus();
      }}
    >
      <p class="op-alert" role="alert">{message}</p>
      <div class="op-actions">
        {url && (
          <a class="op-btn op-primary" href={url}>
            {name ? t('nudge_invite_named', name) : t('nudge_invite')}
          </a>
        )}
        {overridable && (
          <button
            type="button"
            class="op-btn op-link"
            onClick={() => {
              getBridge()?.allowConnectOnce(connect.control);
              close();
              connect.control.focus();
            }}
          >
            {t('nudge_anyway')}
          </button>
        )}
        <button type="button" class="op-btn op-link" onClick={close}>
          {t('close')}
        </button>
      </div>
    </section>
  );
}

export const oneClickConnect: Feature = {
  id: 'one-click-connect',
  arm(signal) {
    const bridge = getBridge();
    const show = ({ connect, code, subs, overridable }: ConnectBlock) => {
      const message = t(code, subs);
      current?.abort();
      const controller = new AbortController();
      current = controller;
      signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal });
      const parent = connect.control.parentNode;
      if (!parent) return;
      const { host, root } = mountShadowHost(
        'on-purpose-connect-nudge',
        { parent, before: connect.control.nextSibling },
        uiStyles,
        controller.signal,
      );
      host.setAttribute('data-on-purpose-ui', 'connect');
      const close = () => controller.abort();
      renderInto(root, <Nudge connect={connect} message={message} overridable={overridable} close={close} />);
      (root.querySelector('a,button') as HTMLElement | null)?.focus();
    };
    bridge?.onConnectBlocked(show, signal);
    // The block that made the guard load this UI happened before we were here to listen.
    const last = bridge?.lastConnectBlock;
    if (last && Date.now() - last.at < 10_000 && last.connect.control.isConnected) show(last);
  },
  scan(_doc, view) {
    // A nudge belongs to the view it was shown in.
    if (view === lastView) return;
    lastView = view;
    view.addEventListener('abort', () => current?.abort(), { once: true });
  },
};
