/** Official-document outlines of the 通报 and the 整改通知书, rendered by the HTML and DOCX writers. */
export * from './types.ts';
export { campaignOutline } from './campaign.ts';
export { noticeOutline } from './notice.ts';
