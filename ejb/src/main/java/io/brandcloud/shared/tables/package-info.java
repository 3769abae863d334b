/**
 * Tables written as they are read, row by row, to CSV or to an Excel workbook (FastExcel's
 * streaming writer): an export of any length holds one row in memory, not the file.
 */
package io.brandcloud.shared.tables;
