/** /du-lieu/ke-hoach.json: every plan with its details, sources, checks and targets. */
import type { APIRoute } from 'astro';
import { plans } from '../../lib/data.ts';
import { CONTENT_REVIEWED, VERSION } from '../../../functions/version.ts';
import { absoluteUrl } from '../../../functions/lib/site.ts';
import { COMPARATOR_NAMES, KIND_NAMES, sourcePath } from '../../../functions/lib/opendata.ts';

export const prerender = true;

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        version: VERSION,
        reviewed: CONTENT_REVIEWED,
        licence: 'CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/deed.vi) cho tóm tắt và dữ liệu; văn bản kế hoạch là văn bản của cơ quan nhà nước.',
        note: 'Các kế hoạch đều đã hết thời gian thực hiện; không phải chỉ tiêu hiện nay. Mọi đường dẫn (url) là đường dẫn đầy đủ trong cổng thông tin.',
        plans: plans.map((p) => ({
          slug: p.slug,
          url: absoluteUrl(p.url),
          code: p.code,
          title: p.title,
          docType: p.docType,
          province: p.province,
          issuer: p.issuer,
          signer: p.signer,
          signerTitle: p.signerTitle,
          issued: p.issued,
          posted: p.posted,
          period: p.period,
          field: p.field,
          topics: p.topics,
          status: p.status,
          source: { url: absoluteUrl(sourcePath(p.source)), file: p.source, kind: p.sourceKind, notes: p.sourceNotes },
          reviewed: p.reviewed,
          paragraphs: p.blocks.length,
          corrections: p.corrections,
          checkSummary: p.checkSummary,
          checks: p.checks,
          targets: p.targets.map(({ plan: _plan, ...t }) => ({
            ...t,
            url: absoluteUrl(t.url),
            kindLabel: KIND_NAMES[t.kind],
            comparatorLabel: COMPARATOR_NAMES[t.comparator],
          })),
        })),
      },
      null,
      1,
    ),
    { headers: { 'content-type': 'application/json; charset=utf-8' } },
  );
