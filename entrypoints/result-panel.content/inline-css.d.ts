// Vite's `?inline` import: the stylesheet's text. (vite/client types are not in tsconfig.)
declare module '*.css?inline' {
  const css: string;
  export default css;
}
