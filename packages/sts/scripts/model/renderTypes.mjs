import { header } from './format.mjs';
import { toJsPattern, unanchored } from './javaPattern.mjs';
import { isSensitive, shapeOf } from './modelQueries.mjs';

const API_REFERENCE = 'https://docs.aws.amazon.com/STS/latest/APIReference';

/**
 * `src/generated/types.ts`: an interface per structure, PascalCase members as in the model,
 * each documented by a link to its API Reference page, never by the model's HTML.
 */
export function renderTypesFile(modelFile, model, operations, shapeNames) {
  const roles = structureRoles(operations);
  const structures = shapeNames.filter((name) => shapeOf(model, name).type === 'structure');
  const interfaces = structures.map((name) => renderInterface(model, name, roles.get(name)));
  return `${header(modelFile)}
${interfaces.join('\n\n')}
`;
}

/** What each operation input and output is, for the interface's TSDoc. */
function structureRoles(operations) {
  const roles = new Map();
  for (const { name, input, output } of operations) {
    roles.set(input.shape, { page: name, summary: `Input of ${name}.` });
    const summary = `Output of ${name}: the content of \`<${output.resultWrapper}>\`.`;
    roles.set(output.shape, { page: name, summary });
  }
  return roles;
}

function renderInterface(model, name, role) {
  const shape = shapeOf(model, name);
  const { page, summary } = role ?? { page: name, summary: `The \`${name}\` structure.` };
  const required = new Set(shape.required ?? []);
  const members = Object.entries(shape.members).map(([member, ref]) => {
    const description = describeMember(model, ref.shape, required.has(member));
    const doc = description ? `  /** ${description} */\n` : '';
    return `${doc}  ${member}${required.has(member) ? '' : '?'}: ${tsType(model, ref.shape)};`;
  });
  const body = members.length === 0 ? '{}' : `{\n${members.join('\n')}\n}`;
  const doc = `/**\n * ${summary}\n *\n * @see ${API_REFERENCE}/API_${page}.html\n * @public\n */`;
  return `${doc}\nexport interface ${name} ${body}`;
}

function tsType(model, shapeName) {
  const shape = shapeOf(model, shapeName);
  switch (shape.type) {
    case 'string':
      return 'string';
    case 'integer':
      return 'number';
    case 'timestamp':
      return 'Date';
    case 'list':
      return `readonly ${tsType(model, shape.member.shape)}[]`;
    case 'structure':
      return shapeName;
    default:
      throw new Error(`generateModel: shape type ${shape.type} is not supported`);
  }
}

/** One line saying what a member must be, e.g. "Required. 2 to 64 characters matching `[\w+=,.@-]*`." */
function describeMember(model, shapeName, required) {
  const shape = shapeOf(model, shapeName);
  const facts = [];
  if (required) facts.push('Required.');
  if (isSensitive(shapeName, shape)) facts.push('Secret.');
  const bounds = describeBounds(shape.min, shape.max);
  if (shape.type === 'string' && (bounds || shape.pattern)) {
    const pattern = shape.pattern ? ` matching \`${unanchored(toJsPattern(shape.pattern))}\`` : '';
    facts.push(`${bounds ? `${bounds} characters` : 'Characters'}${pattern}.`);
  }
  if (shape.type === 'integer' && bounds) facts.push(`Integer, ${bounds.toLowerCase()}.`);
  if (shape.type === 'list' && bounds) facts.push(`${bounds} items.`);
  return facts.join(' ').replaceAll('*/', '*\\/');
}

function describeBounds(min, max) {
  if (min !== undefined && max !== undefined) return min === max ? `Exactly ${min}` : `${min} to ${max}`;
  if (min !== undefined) return `At least ${min}`;
  if (max !== undefined) return `At most ${max}`;
  return '';
}
