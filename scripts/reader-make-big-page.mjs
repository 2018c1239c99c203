// Writes tests/fixtures/pages/big-page.html: a ~1.5 MB portal page around a real-looking ITA
// letter, full of numbers that are not the letter's (phone numbers, processing times, news items
// with dates and scores, a rounds table) and with stale score tables hidden four ways (`hidden`,
// inline `display:none`, `aria-hidden`, a class the page's <style> hides). Deterministic (seeded),
// so the committed file is reproducible: `node scripts/reader-make-big-page.mjs`.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';

let seed = 20250219;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const LABELS = [
  ['Human Capital', 'Age'],
  ['Human Capital', 'Level of Education'],
  ['Human Capital', 'First Official Language'],
  ['Human Capital', 'Second Official Language'],
  ['Human Capital', 'Canadian Work Experience'],
  ['Spouse', 'Level of Education'],
  ['Spouse', 'First Official Language Proficiency'],
  ['Spouse', 'Canadian Work Experience'],
  ['Skill Transferability', 'Education'],
  ['Skill Transferability', 'Foreign Work Experience'],
  ['Skill Transferability', 'Certificate of Qualification'],
  ['Additional', 'French Proficiency or Bilingualism'],
  ['Additional', 'PR or Canadian Sibling'],
  ['Additional', 'Canadian Education'],
  ['Additional', 'Arranged Employment'],
  ['Additional', 'Provincial/Territorial Nomination'],
];
// The letter's numbers (sum 507), and a stale breakdown with other numbers (sum 433).
const LETTER = [95, 112, 128, 0, 80, 0, 0, 0, 50, 25, 0, 0, 0, 17, 0, 0];
const STALE = [100, 120, 110, 0, 40, 0, 0, 0, 13, 25, 0, 0, 15, 10, 0, 0];
const table = (values, total) =>
  `<table class="table table-striped"><thead><tr><th>Express Entry criteria</th><th>Your Scores</th></tr></thead><tbody>\n${LABELS.map(
    ([section, label], i) => `<tr><td>CRS – ${section} – ${label}</td><td>${values[i]}</td></tr>`,
  ).join('\n')}\n<tr><td>Your overall points score</td><td>${total}</td></tr></tbody></table>`;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const PROGRAMS = [
  'Canadian Experience Class',
  'Provincial Nominee Program',
  'French language proficiency',
  'Healthcare and social services occupations',
  'Federal Skilled Trades',
];
const newsDate = () => `${pick(MONTHS)} ${int(1, 28)}, ${int(2019, 2025)}`;

function newsItem(n) {
  const date = newsDate();
  return `<article class="news-item" id="news-${n}">
<h3><a href="/news/${n}">Express Entry round #${int(90, 340)}: ${int(500, 7000).toLocaleString('en-CA')} invitations issued</a></h3>
<p class="small"><time datetime="2025-01-01">${date}</time></p>
<p>Applications received before ${newsDate()} will be processed within ${int(5, 11)} months. The ${pick(PROGRAMS)} round invited candidates with a score of at least ${int(380, 560)}; the tie-breaking rule was ${newsDate()} at ${int(1, 12)}:${String(int(0, 59)).padStart(2, '0')}:${String(int(0, 59)).padStart(2, '0')} UTC.</p>
<ul><li>Processing time: ${int(4, 14)} months</li><li>Call 1-888-242-${int(1000, 9999)} (TTY 1-888-576-${int(1000, 9999)})</li><li>Fees: $${int(85, 1525).toLocaleString('en-CA')}</li></ul>
</article>`;
}

function roundsTable() {
  const rows = [];
  for (let i = 0; i < 40; i++) {
    rows.push(
      `<tr><td>${340 - i}</td><td>${newsDate()}</td><td>${pick(PROGRAMS)}</td><td>${int(500, 7000).toLocaleString('en-CA')}</td><td>${int(380, 560)}</td></tr>`,
    );
  }
  return `<table class="table" id="rounds"><thead><tr><th>#</th><th>Date</th><th>Round type</th><th>Invitations issued</th><th>CRS score of lowest-ranked candidate invited</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

const letter = `<section id="message" class="panel panel-default"><div class="panel-body">
<p>Date: February 19, 2025</p>
<p>Express Entry Profile: E008765432</p>
<p>Unique Client Identifier (UCI): 99-8877-6655</p>
<p>Dear Ingrid Solberg-Achebe,</p>
<p>Congratulations! Based on the information you provided in your Express Entry profile, we are pleased to invite you to apply for permanent residence under the Canadian Experience Class (CEC).</p>
<p>Your invitation is valid for 60 days from the date of this message.</p>
<div hidden>${table(STALE, 433)}</div>
${table(LETTER, 507)}
<div style="display: none">${table(STALE, 433)}</div>
<div aria-hidden="true">${table(STALE, 433)}</div>
<div class="superseded">${table(STALE, 433)}</div>
<p>You now have two options: 1) Decline this invitation; or 2) Apply online for permanent residence.</p>
<p>You must submit a complete application before 04/21/2025 12:00AM UTC time. We cannot give extensions.</p>
</div></section>`;

const parts = [];
let size = 0;
let n = 0;
while (size < 1_560_000) {
  const item = n % 200 === 0 ? roundsTable() : newsItem(n);
  parts.push(item);
  size += item.length;
  n++;
}
const half = Math.floor(parts.length / 2);
const html = `<!DOCTYPE html>
<!-- Generated by scripts/reader-make-big-page.mjs: made-up people, numbers meant to mislead. -->
<html lang="en" class="no-js">
<head><meta charset="utf-8"><title>Messages - IRCC secure account</title>
<style>.news-item{margin:1em 0} .superseded{display:none}</style>
<script>var stale = ${JSON.stringify(STALE)}; var total = 433;</script>
</head>
<body>
<header id="wb-bnr"><a href="/mycic/home?lang=en">Immigration, Refugees and Citizenship Canada</a> <a href="tel:18882422100">1-888-242-2100</a></header>
<main role="main" class="container">
<h1 id="wb-cont">Your messages</h1>
<aside class="news">${parts.slice(0, half).join('\n')}</aside>
${letter}
<aside class="news">${parts.slice(half).join('\n')}</aside>
</main>
<footer id="wb-info"><p>Date modified: 2025-02-19</p></footer>
</body>
</html>
`;
const out = new URL('../tests/fixtures/pages/big-page.html', import.meta.url);
writeFileSync(out, html);
console.log(`wrote ${out.pathname} (${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB)`);
