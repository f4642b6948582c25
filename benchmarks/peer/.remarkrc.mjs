// The peer of issue 5: remark-cli + remark-frontmatter + remark-lint-frontmatter-schema, checking
// the YAML front matter of every Markdown file it is given against the plugin's own question
// schema, and nothing else (no other lint rule, no markdown style check, no output).
//
// Used by benchmarks/run.sh from a bank project folder (benchmarks/target/bank-N) as
//   node ../../peer/node_modules/.bin/remark --rc-path ../../peer/.remarkrc.mjs --no-config \
//     --no-ignore --frail --quiet --no-stdout --no-color src/bank/questions
//
// The schema is associated in the way the rule's README documents for the CLI: a global `schemas`
// map from a schema path to glob patterns of Markdown files. The rule resolves both against its
// "remark cwd", which it finds by looking for a .remarkrc.* file upward from each Markdown file
// and, failing that (the case here: nothing above benchmarks/target has one), takes
// process.cwd(). Both are therefore made relative to process.cwd() here. The files must lie below
// the working folder: a path starting with ../ does not match `**/*.md`, and a file that matches
// no pattern is not checked at all, silently (run.sh's self-check guards against that).
//
// The schema (bank-model/.../question.schema.json, referenced, not copied) declares draft 2020-12.
// The plugin always builds the default Ajv 8 class, which knows draft-07 only and would reject the
// 2020-12 `$schema` ("JSON schema malformed" on every file), and it offers no way to pick Ajv2020.
// `validateSchema: false` skips only the meta-schema check; the keywords the schema uses (type,
// required, additionalProperties, properties, enum, $ref to $defs, items with one schema,
// minItems, uniqueItems, minLength, maxLength, pattern) mean the same in draft-07 and 2020-12, and
// Ajv 8 resolves `$defs` in both, so the peer enforces the same constraints as the plugin's schema.
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = path.resolve(
  here,
  '../../bank-model/src/main/resources/io/github/questionbank/schemas/question.schema.json',
);

export default {
  plugins: [
    [remarkFrontmatter, ['yaml']],
    [
      remarkLintFrontmatterSchema,
      {
        schemas: {[path.relative(process.cwd(), schema)]: ['**/*.md']},
        ajvOptions: {validateSchema: false},
      },
    ],
  ],
};
