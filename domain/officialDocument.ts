/**
 * An official document (公文) as stored (issue 12): everything GB/T 9704-2012 lays out, and nothing a renderer has to
 * look up. The stored record is the source: the PDF is rendered from it, deterministically, and the SHA-256 of
 * {@link documentText} is recorded when the document is issued.
 *
 * Layout (GB/T 9704-2012): 版头 — 发文机关标志 (`issuerMark`, red), 发文字号 (`documentNo`), 签发人 (`signers`, for
 * documents sent upward: 上行文), the red separator; 主体 — 标题, 主送机关, 正文, 附件说明, 发文机关署名, 成文日期, 附注;
 * 版记 — 抄送机关, 印发机关和印发日期; page numbers.
 */

export interface OfficialDocument {
  /** 发文字号, e.g. 长春市综治办〔2026〕3号 (a drill's: 长春市综治办（演练）〔2026〕3号). */
  documentNo: string;
  /** The kind, for the record and for filing (e.g. notice, talk-record, pledge). */
  kind: string;
  /** 发文机关标志: the issuing organ's full name and 文件, e.g. 长春市社会治安综合治理委员会办公室文件. */
  issuerMark: string;
  /** 签发人: the leaders who signed an upward document (上行文); empty for others. */
  signers: string[];
  /** 标题, e.g. 关于对南关区公安分局予以通报的决定 (a drill's is prefixed 【演练】). */
  title: string;
  /** 主送机关: the organs it is addressed to. */
  mainAddressees: string[];
  /** 正文: paragraphs, each a plain string without its leading indent. */
  body: string[];
  /** 附件说明: the attachments' names, in order. */
  attachments: string[];
  /** 发文机关署名: the organ that signs, e.g. 长春市社会治安综合治理委员会办公室. */
  signatureOrgan: string;
  /** 成文日期, as written in the document, e.g. 2026年11月28日. */
  date: string;
  /** 附注: e.g. （联系人：…） or 此件公开发布; null for none. */
  note: string | null;
  /** 抄送机关 (to equal or lower organs) and 抄报 (to higher organs): each a list of organs, possibly empty. */
  copyTo: string[];
  copyUp: string[];
  /** 印发机关 and 印发日期 (版记). */
  printingOrgan: string;
  printDate: string;
  /** A drill case's document: says 演练 (issue 11). */
  drill: boolean;
}

/** The text of a document, in reading order: what its SHA-256 is taken of, and what a PDF's text extraction shows. */
export function documentText(d: OfficialDocument): string {
  const lines = [
    d.issuerMark,
    d.documentNo,
    ...(d.signers.length ? [`签发人：${d.signers.join('　')}`] : []),
    d.title,
    d.mainAddressees.length ? `${d.mainAddressees.join('，')}：` : '',
    ...d.body,
    ...(d.attachments.length ? d.attachments.map((a, i) => `${i === 0 ? '附件：' : ''}${i + 1}．${a}`) : []),
    d.signatureOrgan,
    d.date,
    ...(d.note ? [d.note] : []),
    ...(d.copyUp.length ? [`抄报：${d.copyUp.join('，')}。`] : []),
    ...(d.copyTo.length ? [`抄送：${d.copyTo.join('，')}。`] : []),
    `${d.printingOrgan}　　${d.printDate}印发`,
  ];
  return lines.filter((l) => l !== '').join('\n');
}
