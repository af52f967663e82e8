// A TypeDoc plugin: the documentation of a field whose type is derived from
// a shape (src/internal/shape.ts) is the doc string the shape gives it, e.g.
//
//   receivedOn: s.required(s.dateInput(), 'The day the complaint was received.'),
//
// so each field's description is written once, in the field table, and the
// API pages show it all the same. It fills in only properties that have no
// comment of their own.
import ts from 'typescript';
import { Comment, Converter, ReflectionKind } from 'typedoc';

/** A string that reads as a sentence, not a path or a choice. */
const isDoc = (node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && /\s/.test(node.text);

/**
 * The doc string of a shape expression: the last sentence-like string
 * argument of the call, or, for a call to a local helper that takes none,
 * the doc string of what the helper returns.
 */
function docOf(expression, checker, depth = 0) {
  if (expression === undefined || depth > 4) return undefined;
  while (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) expression = expression.expression;
  if (ts.isIdentifier(expression)) {
    const symbol = checker.getSymbolAtLocation(expression);
    const declaration = symbol?.valueDeclaration;
    if (declaration !== undefined && ts.isVariableDeclaration(declaration)) return docOf(declaration.initializer, checker, depth + 1);
    return undefined;
  }
  if (!ts.isCallExpression(expression)) return undefined;
  const literal = [...expression.arguments].reverse().find(isDoc);
  if (literal !== undefined) return literal.text;
  if (ts.isIdentifier(expression.expression)) {
    const declaration = checker.getSymbolAtLocation(expression.expression)?.valueDeclaration;
    const helper = declaration !== undefined && ts.isVariableDeclaration(declaration) ? declaration.initializer : undefined;
    if (helper !== undefined && ts.isArrowFunction(helper)) {
      const body = ts.isBlock(helper.body) ? undefined : helper.body;
      return docOf(body, checker, depth + 1);
    }
  }
  return undefined;
}

/**
 * A constant's own value, shown as its documentation: a label map's
 * `'1-10': '1–10 working days'`, or a value taken from elsewhere
 * (`stageOutcomes.labels.upheld`).
 */
function valueDoc(expression) {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return `“${expression.text}”.`;
  if (ts.isPropertyAccessExpression(expression) || ts.isElementAccessExpression(expression)) return `The same as \`${expression.getText()}\`.`;
  return undefined;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.comment !== undefined) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.declarations?.[0];
    if (declaration === undefined) return;
    const checker = context.checker;
    let text;
    if (ts.isPropertyAssignment(declaration)) text = docOf(declaration.initializer, checker) ?? valueDoc(declaration.initializer);
    else if (ts.isShorthandPropertyAssignment(declaration)) {
      const value = checker.getShorthandAssignmentValueSymbol(declaration)?.valueDeclaration;
      if (value !== undefined && ts.isVariableDeclaration(value)) text = docOf(value.initializer, checker);
    }
    if (text !== undefined) reflection.comment = new Comment([{ kind: 'text', text }]);
  });
}
