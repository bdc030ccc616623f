import writeXlsxFile, { type Row } from 'write-excel-file/universal';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Column widths in characters: as wide as the longest line of the column, within bounds. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function columnWidths(rows: readonly (readonly string[])[]): { width: number }[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, index) => {
      const longest = Math.max(0, ...cell.split('\n').map((line) => [...line].length));
      widths[index] = Math.max(widths[index] ?? MIN_WIDTH, Math.min(MAX_WIDTH, longest + 2));
    });
  }
  return widths.map((width) => ({ width }));
}

/**
 * A one-sheet workbook of text cells (never a formula, number or date: a spreadsheet shows each
 * value exactly as given), the header row bold and frozen, column widths that fit, cells with a
 * line break wrapped. Built by write-excel-file, which runs in workerd (it needs only fflate).
 */
export async function toXlsx(rows: readonly (readonly string[])[], sheet: string): Promise<Blob> {
  const data: Row[] = rows.map((row, index) =>
    row.map((value) =>
      value === ''
        ? null
        : {
            type: String,
            value,
            ...(index === 0 ? { fontWeight: 'bold' as const } : {}),
            ...(value.includes('\n') ? { wrap: true } : {}),
          },
    ),
  );
  return writeXlsxFile(data, { sheet, stickyRowsCount: 1, columns: columnWidths(rows) }).toBlob();
}
