// Writes an ITA letter PDF with pdf-lib (standard fonts), laid out like the letter: header lines,
// a wrapped program sentence and the two-column score table.
import { PDFDocument, StandardFonts } from 'pdf-lib';

export const PDF_ROWS: ReadonlyArray<readonly [string, number]> = [
  ['CRS – Human Capital – Age', 105],
  ['CRS – Human Capital – Level of Education', 120],
  ['CRS – Human Capital – First Official Language', 124],
  ['CRS – Human Capital – Second Official Language', 0],
  ['CRS – Human Capital – Canadian Work Experience', 80],
  ['CRS – Spouse – Level of Education', 0],
  ['CRS – Spouse – First Official Language Proficiency', 0],
  ['CRS – Spouse – Canadian Work Experience', 0],
  ['CRS – Skill Transferability – Education', 25],
  ['CRS – Skill Transferability – Foreign Work Experience', 0],
  ['CRS – Skill Transferability – Certificate of Qualification', 0],
  ['CRS – Additional – French Proficiency or Bilingualism', 0],
  ['CRS – Additional – PR or Canadian Sibling', 0],
  ['CRS – Additional – Canadian Education', 30],
  ['CRS – Additional – Arranged Employment', 0],
  ['CRS – Additional – Provincial/Territorial Nomination', 0],
];

export async function letterPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([612, 792]);
  let y = 740;
  const line = (text: string, x = 50, f = font) => page.drawText(text, { x, y, size: 10, font: f });
  const next = (gap = 15) => (y -= gap);
  line('Date: November 12, 2026');
  next();
  line('Express Entry Profile: E009990001');
  next(25);
  line('Dear Mei-Ling Fairweather,');
  next(20);
  line(
    'Congratulations! Based on the information you provided in your Express Entry profile, we are',
  );
  next();
  line(
    'pleased to invite you to apply for permanent residence under the Canadian Experience Class (CEC).',
  );
  next(25);
  line('Express Entry criteria', 50, bold);
  line('Your Scores', 460, bold);
  for (const [label, value] of PDF_ROWS) {
    next();
    line(label);
    line(String(value), 460);
  }
  next();
  line('Your overall points score', 50, bold);
  line('484', 460, bold);
  next(25);
  line('You must submit a complete application before 01/12/2027 12:00AM UTC time. We cannot give');
  next();
  line('extensions.');
  return pdf.save();
}
