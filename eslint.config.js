// Type-aware linting: the rules DESIGN.md's style section asks for (no `any`, no floating
// promises, exhaustive switches) are errors, everywhere.
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", "data/**", "**/*.js", "**/*.d.ts", "apps/server/drizzle/**", "scratch/**"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: true }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/no-unnecessary-condition": "off",
    },
  },
  {
    // core is pure: it runs in the browser too and takes everything (the clock included) as arguments.
    files: ["packages/core/src/**/*.ts", "packages/contracts/src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*", "fs", "path", "crypto", "os"], message: "core and contracts are pure: no I/O." }] }],
      "no-restricted-globals": ["error", { name: "process", message: "core is pure: pass configuration in." }],
    },
  },
  {
    // The web app: React's hook rules, and text is only ever rendered as text (a message that holds
    // HTML or a script shows as what it is).
    files: ["apps/web/src/**/*.{ts,tsx}"],
    ...reactHooks.configs.flat["recommended-latest"],
    rules: {
      ...reactHooks.configs.flat["recommended-latest"].rules,
      "react-hooks/exhaustive-deps": "error",
      // `onClick={() => setOpen(true)}` is how React handlers read.
      "@typescript-eslint/no-confusing-void-expression": ["error", { ignoreArrowShorthand: true }],
      "no-restricted-syntax": [
        "error",
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text as text: never dangerouslySetInnerHTML." },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: "Render text as text: never innerHTML." },
      ],
    },
  },
);
