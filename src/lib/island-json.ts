/**
 * The props of a page's island as the text of its `<script type="application/json">`
 * (src/components/Island.astro): JSON with every "<" written as \u003c, so that no text in the
 * props can end the element ("</script>") or open a comment ("<!--"). JSON.parse reads it back
 * unchanged.
 */
export const islandJson = (props: object): string => JSON.stringify(props).replace(/</g, '\\u003c');
