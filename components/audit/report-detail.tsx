/**
 * Drill-down view of one report: its text with the findings marked, each finding with its
 * explanation and fixes, and the text after the proposed fixes. The text is re-read from the
 * imported file by the worker (the audit itself keeps none) and linted again here, which gives
 * the explanations and fixes; when the text is not available (history without texts), the stored
 * findings are listed with their masked excerpts.
 */
import { useEffect, useRef, useState } from 'react';
import { applyFirstFixes } from '../../lib/lint/fixes.ts';
import { CATEGORY_LABELS, type Finding } from '../../lib/lint/types.ts';
import type { RuleDefinition } from '../../lib/lint/rule.ts';
import type { AuditReportResult } from '../../lib/audit/types.ts';
import { markSegments } from '../../lib/audit/view.ts';

const SEVERITY_FR = { error: 'Erreur', warning: 'Avertissement', info: 'Info' } as const;

export interface AuditReportDetailProps {
  result: AuditReportResult;
  fetchText(index: number): Promise<{ text?: string; error?: string }>;
  lint(text: string): Finding[];
  rules: readonly RuleDefinition[];
  onClose(): void;
}

export function AuditReportDetail({ result, fetchText, lint, onClose }: AuditReportDetailProps) {
  const [text, setText] = useState<string>();
  const [note, setNote] = useState('');
  const [findings, setFindings] = useState<Finding[]>();
  const [fixed, setFixed] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    heading.current?.focus();
    let alive = true;
    void fetchText(result.index).then((r) => {
      if (!alive) return;
      if (r.text !== undefined) {
        setText(r.text);
        setFindings(lint(r.text));
      } else setNote(r.error ?? 'Texte indisponible.');
    });
    return () => { alive = false; };
  }, [result.index, fetchText, lint]);

  const where = `${result.source}${result.line ? `, ligne ${result.line}` : result.element ? `, élément ${result.element}` : ''}`;
  return (
    <section className="detail" aria-labelledby="detail-title" data-detail={result.id}>
      <div className="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={heading}>{result.id}</h2>
        <button type="button" onClick={onClose}>Fermer</button>
      </div>
      <p className="hint">{where}{result.author ? ` · ${result.author}` : ''}{result.type ? ` · ${result.type}` : ''}{result.date ? ` · ${result.date}` : ''}</p>
      {note && <p className="hint">{note} Constats enregistrés (extraits masqués) :</p>}

      {text !== undefined && findings && (
        <>
          <div className="detail-toggle">
            <button type="button" aria-pressed={fixed} onClick={() => setFixed(!fixed)}>{fixed ? 'Voir le texte d’origine' : 'Voir le texte corrigé'}</button>
          </div>
          {fixed
            ? <div className="report-text" data-testid="fixed-text">{applyFirstFixes(text, findings)}</div>
            : <MarkedText text={text} findings={findings} />}
          <ol className="findings">
            {findings.map((f, k) => (
              <li key={k} className={`finding sev-${f.severity}`} data-finding={f.rule} data-category={f.category}>
                <a href={`#mark-${k}`} className="finding-title"><span className="badge">{SEVERITY_FR[f.severity]}</span> {f.message}</a>
                <span className="hint"> — {CATEGORY_LABELS[f.category]} · {f.rule} · ligne {lineOf(text, f.start)}</span>
                <blockquote>« {f.text} »</blockquote>
                {f.fixes.length > 0 && (
                  <ul className="fixes" aria-label="Corrections proposées">
                    {f.fixes.map((x, i) => <li key={i}>{i === 0 ? <strong>{x.label}</strong> : x.label}</li>)}
                  </ul>
                )}
                <details><summary>Pourquoi</summary><p>{f.explanation}</p><p className="hint">{f.references.join(' ; ')}</p></details>
              </li>
            ))}
          </ol>
          {!findings.length && <p>Aucun constat dans ce compte rendu.</p>}
        </>
      )}

      {text === undefined && note && (
        <ol className="findings">
          {result.findings.map((f, k) => (
            <li key={k} className={`finding sev-${f.severity}`} data-finding={f.rule} data-category={f.category}>
              <span className="badge">{SEVERITY_FR[f.severity]}</span> {f.message}
              <span className="hint"> — {CATEGORY_LABELS[f.category]} · {f.rule} · ligne {f.line}, colonne {f.column} · « {f.text ?? f.excerpt} »</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function MarkedText({ text, findings }: { text: string; findings: Finding[] }) {
  const segments = markSegments(text, findings);
  const firstOf = new Map<number, number>();
  findings.forEach((f, k) => { if (!firstOf.has(f.start)) firstOf.set(f.start, k); });
  return (
    <div className="report-text" data-testid="marked-text">
      {segments.map((s, i) => {
        const piece = text.slice(s.start, s.end);
        if (!s.covering.length) return <span key={i}>{piece}</span>;
        const worst = s.covering.map((k) => findings[k]).sort((a, b) => rank(a) - rank(b))[0];
        const anchor = findings.findIndex((f, k) => s.covering.includes(k) && f.start === s.start);
        return (
          <mark key={i} id={anchor >= 0 ? `mark-${anchor}` : undefined} className={`sev-${worst.severity}`} title={s.covering.map((k) => findings[k].message).join('\n')}>
            {piece}
          </mark>
        );
      })}
    </div>
  );
}

const rank = (f: Finding) => (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
