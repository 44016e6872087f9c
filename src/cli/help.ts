// The help of each command. The main text is also the README's command-line reference (a test keeps the two equal).
import { toolVersion } from '../batch/version.js';

export const versionText = `breach-extract ${toolVersion}\n`;

export const helpText = `breach-extract: structured records from reports of breaches of the UK Code of Practice for Statistics

Usage:
  breach-extract [paths...] [options]
  breach-extract summary <records.jsonl | -> [--json]
  breach-extract eval <folder> [--json] [--verbose]
  breach-extract doctor [--out DIR]
  breach-extract <command> --help

Paths are report files (.pdf .docx .doc .odt .txt .md .html), folders (read recursively), glob patterns
('reports/**/*.pdf', quoted so the shell leaves them), or - for standard input: a list of paths, one a line,
or else the text of one report (--stdin-text says it is a report). Each record's source.path is the file's
path from the working directory (as given, then within the folder). With no paths, the bundled example
reports (fixtures/) are read when they are there.

Options:
  -o, --out DIR           output folder (default: output); - writes the records as JSON Lines to stdout
  -f, --format LIST       comma-separated outputs: jsonl, csv, json, xlsx (default: jsonl,csv)
  -j, --jobs N            worker threads reading the files (default: the number of cores)
      --timeout SECONDS   a file still being read after this long fails (default: 30)
      --max-size MB       larger files fail without being read (default: 50)
      --max-pages N       PDFs with more pages fail (default: 200)
      --max-unpacked MB   DOCX and PDF files that unpack to more fail (default: 100)
      --max-memory MB     a file whose reader holds more memory fails (default: 1024)
      --ocr               read PDF pages that are only a scanned image with OCR (tesseract.js, offline)
      --ocr-timeout SECONDS  a page still being rendered or read by OCR after this long is left empty (default: 60)
      --force             read every file again, even when unchanged since the last run
      --dedupe            keep one record per breach (breachKey): of a report's copies, the one with most
                          fields found; the others are listed in manifest.json with the file kept
      --no-bom            write the CSV files without the UTF-8 byte-order mark that Excel needs
      --review            also write review.html: every value beside its evidence in the report's text
                          (reads every file again, since the texts are not kept between runs)
      --corrections FILE  apply corrections.csv (exported from the review page) over the records it names
      --stdin-text        read - as the text of one report, not as a list of paths
      --json              print the end summary as JSON on stdout
      --fill-rates        add the fill rate of each field to the end summary
      --progress-every N  without a terminal, a progress line every N files (default: 100)
  -q, --quiet             print nothing but errors (failed files, and what stopped the run)
  -V, --version           print the version
  -h, --help              show this help

Re-runs: <out>/manifest.json lists each input's sha256 and status; files whose content and extractor
version are unchanged are carried over from the last run, and a run that was stopped resumes. Outputs of
an earlier run that this run does not write (another --format, no --review) are removed.

Exit codes:
  0    no file failed (some may be partial or skipped)
  1    some files failed; their records say why
  64   usage error: unknown option, bad value, missing argument
  65   bad input data: a line of records.jsonl that is not a record, a gold file that is not JSON
  66   no input: a path that does not exist, no report files, no gold files
  70   internal error (a bug: please report it)
  73   cannot create output: the output folder or a file in it cannot be made
  74   I/O error while reading or writing (a full disk, a closed pipe)
  75   another run is writing into the same output folder (try again when it has ended)
  130  stopped by Ctrl-C (SIGINT); 143 stopped by kill (SIGTERM)
`;

export const summaryHelpText = `Usage: breach-extract summary <records.jsonl | -> [--json] [--chart DIR]

Reads the records of an earlier run (- reads them from stdin) and prints the number of reports by status,
counts by year, producer and breach type, the median and largest delay, and the fill rate of each field.

Options:
      --json        print the summary as JSON
      --chart DIR   also write charts into DIR: breaches per year by type, by producer, and the delays of late
                    releases, each as SVG and PNG
  -h, --help        show this help

Exit codes: 0 printed; 64 usage error; 65 a line that is not a record; 66 the file cannot be read; 73 the
charts cannot be written.
`;

export const evalHelpText = `Usage: breach-extract eval <folder> [--json] [--verbose]

Runs the pipeline on every <id>.<ext> (txt md html pdf docx) with <id>.gold.json beside it and prints the
accuracy of each field.

Options:
      --json      print the table and the misses as JSON
  -v, --verbose   also list every miss
  -h, --help      show this help

Exit codes: 0 scored; 64 usage error; 65 a gold file that is not a JSON object;
66 no such folder, no gold file with a report beside it, or a gold file that cannot be read.
`;

export const doctorHelpText = `Usage: breach-extract doctor [--out DIR]

Checks the set-up: the Node.js version, that worker threads start and read a report, that DIR (default:
output) can be written, and whether a chromium for the review page's browser test is there. Each check says
what to do when it fails.

Options:
  -o, --out DIR   the output folder to check (default: output)
  -h, --help      show this help

Exit codes: 0 every check passed (or only warned); 1 a check failed; 64 usage error.
`;
