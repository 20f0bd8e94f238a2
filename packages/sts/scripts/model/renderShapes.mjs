import { constName, header, quote, wrapped } from './format.mjs';
import { toJsPattern } from './javaPattern.mjs';
import { isSensitive, shapeOf } from './modelQueries.mjs';

const DESCRIPTOR_TYPES = {
  string: 'StringShape',
  integer: 'IntegerShape',
  timestamp: 'TimestampShape',
  list: 'ListShape',
  structure: 'StructureShape',
};

/** `src/generated/shapes.ts`: one descriptor const per shape, dependencies first. */
export function renderShapesFile(modelFile, model, shapeNames) {
  const descriptors = shapeNames.map((name) => renderShapeConst(name, shapeOf(model, name)));
  const usedTypes = [...new Set(shapeNames.map((name) => descriptorType(shapeOf(model, name))))].sort();
  const sensitiveNames = sensitiveMemberNames(model, shapeNames).map((name) => `  ${quote(name)},`);
  return `${header(modelFile)}
${wrapped('import type ', ['{ ', ' }'], usedTypes, " from '../model/shapes.js';")}

${descriptors.join('\n\n')}

/**
 * Names of the members that hold secrets, wherever they appear: what error excerpts blank out.
 *
 * @internal
 */
export const SENSITIVE_MEMBER_NAMES: ReadonlySet<string> = new Set([
${sensitiveNames.join('\n')}
]);
`;
}

function descriptorType(shape) {
  const type = DESCRIPTOR_TYPES[shape.type];
  if (!type) throw new Error(`generateModel: shape type ${shape.type} is not supported`);
  return type;
}

function renderShapeConst(name, shape) {
  const declaration = `export const ${constName(name)}: ${descriptorType(shape)} = `;
  if (shape.type === 'structure') return `/** @internal */\n${declaration}${renderStructureFields(shape)};`;
  const fields = [`kind: ${quote(shape.type)}`];
  if (shape.type === 'list') fields.push(`member: ${constName(shape.member.shape)}`);
  if (shape.min !== undefined) fields.push(`min: ${shape.min}`);
  if (shape.max !== undefined) fields.push(`max: ${shape.max}`);
  if (shape.pattern !== undefined) fields.push(`pattern: /${toJsPattern(shape.pattern)}/u`);
  if (isSensitive(name, shape)) fields.push('sensitive: true');
  return `/** @internal */\n${wrapped(declaration, ['{ ', ' }'], fields, ';')}`;
}

function renderStructureFields(shape) {
  const members = Object.entries(shape.members).map(([member, ref]) => `    ${member}: ${constName(ref.shape)},`);
  const membersField = members.length === 0 ? '  members: {},' : `  members: {\n${members.join('\n')}\n  },`;
  const requiredField = wrapped('  required: ', ['[', ']'], (shape.required ?? []).map(quote), ',');
  return `{\n  kind: 'structure',\n${membersField}\n${requiredField}\n}`;
}

function sensitiveMemberNames(model, shapeNames) {
  const names = new Set();
  for (const shapeName of shapeNames) {
    for (const [member, ref] of Object.entries(shapeOf(model, shapeName).members ?? {})) {
      if (isSensitive(ref.shape, shapeOf(model, ref.shape))) names.add(member);
    }
  }
  return [...names].sort();
}
