/**
 * Realistic ticket text for the search benchmark: Japanese and English
 * support requests about procurement, invoicing and expenses, assembled
 * from phrases by a seeded generator, so every run indexes the same text.
 */

/** A deterministic pseudo-random generator (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JA = {
  where: [
    '本番環境で',
    'テスト環境で',
    '月末締めの処理中に',
    '昨日から',
    '今朝9時以降',
    'リリース後に',
    '一部のユーザーで',
    '',
  ],
  subject: [
    '請求書',
    '発注書',
    '経費レポート',
    '購買依頼',
    '支払処理',
    'サプライヤー登録',
    'カタログ',
    '予算',
    '契約書',
    '在庫',
    '出張申請',
    '承認ルート',
    '取引先マスタ',
    '勘定科目',
    '部門コード',
    '領収書',
    'ﾃｽﾄ用の取引先',
    'SSO設定',
    'CSVインポート',
    'APIトークン',
    '通知メール',
    'ダッシュボード',
  ],
  action: ['承認', '保存', '検索', '出力', '取込', '送信', '表示', '更新', '削除', '印刷'],
  problem: [
    'ができない',
    'でエラーが発生する',
    'に時間がかかる',
    'が失敗する',
    'で文字化けする',
    'がタイムアウトする',
    'が反映されない',
    'が二重に登録される',
    'の結果が0件になる',
  ],
  detail: [
    '画面に「保存に失敗しました」と表示されます。',
    '同じ操作をテスト環境で行うと正常に動作します。',
    '対象は約5万件で、夜間バッチが30分で止まります。',
    '東京都の住所を含むデータだけで発生します。',
    '半角カナを含む取引先名で再現します。',
    'ブラウザを変えても改善しません。',
    '承認者にメールが届かず、処理が滞っています。',
    'スクリーンショットとエラーログを添付します。',
    '至急ご確認をお願いいたします。',
    '回避策があれば教えてください。',
    '先週のメンテナンス以降に発生しています。',
    '経理部門の締め作業に影響が出ています。',
  ],
};

const EN = {
  where: [
    'In production',
    'In the sandbox',
    'Since the last release',
    'During month-end close',
    'For some users',
    'Since Monday',
    '',
  ],
  subject: [
    'invoice',
    'purchase order',
    'expense report',
    'requisition',
    'payment run',
    'supplier onboarding',
    'catalog item',
    'budget check',
    'contract',
    'inventory count',
    'travel request',
    'approval chain',
    'cost center',
    'receipt upload',
    'SSO login',
    'CSV import',
    'API token',
    'notification email',
  ],
  action: [
    'approval',
    'submission',
    'search',
    'export',
    'import',
    'matching',
    'sync',
    'update',
    'printing',
  ],
  problem: [
    'fails with error 500',
    'times out',
    'is very slow',
    'shows the wrong currency',
    'creates duplicates',
    'does not finish',
    'returns no results',
    'is rejected',
    'hangs at 99%',
  ],
  detail: [
    'The page shows "Something went wrong" after a few seconds.',
    'The same steps work in our sandbox.',
    'About 50,000 rows are affected and the nightly job stops after 30 minutes.',
    'Only records with non-ASCII supplier names are affected.',
    'Clearing the browser cache does not help.',
    'Approvers do not receive the notification and orders are delayed.',
    'Screenshots and the error log are attached.',
    'Please treat this as urgent; finance is blocked.',
    'Is there a workaround we can use meanwhile?',
    "It started after last weekend's maintenance window.",
    'Our auditors need this before the end of the quarter.',
    'We checked the configuration with our administrator.',
  ],
};

/** One generated ticket's text. */
export interface CorpusTicket {
  title: string;
  description: string;
  documentIds: string[];
  japanese: boolean;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function documentId(random: () => number): string {
  const prefix = pick(random, ['INV', 'PO', 'ER', 'REQ']);
  return `${prefix}-${10000 + Math.floor(random() * 90000)}`;
}

/** The i-th ticket of the corpus: Japanese and English alternate about evenly. */
export function corpusTicket(random: () => number): CorpusTicket {
  const japanese = random() < 0.5;
  const vocabulary = japanese ? JA : EN;
  const where = pick(random, vocabulary.where);
  const subject = pick(random, vocabulary.subject);
  const action = pick(random, vocabulary.action);
  const problem = pick(random, vocabulary.problem);
  const details = Array.from({ length: 2 + Math.floor(random() * 3) }, () =>
    pick(random, vocabulary.detail),
  );
  const ids = random() < 0.4 ? [documentId(random)] : [];
  if (japanese) {
    return {
      title: `${where}${subject}の${action}${problem}`,
      description: `${where}${subject}の${action}${problem}。${details.join('')}${ids.length ? `対象: ${ids[0]}` : ''}`,
      documentIds: ids,
      japanese,
    };
  }
  const title = `${where ? `${where}, ` : ''}${subject} ${action} ${problem}`;
  return {
    title: title.charAt(0).toUpperCase() + title.slice(1),
    description: `${title}. ${details.join(' ')}${ids.length ? ` Affected: ${ids[0]}.` : ''}`,
    documentIds: ids,
    japanese,
  };
}
