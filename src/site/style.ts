/** The site's one stylesheet: readable type, a phone-width layout, visible focus, and clean printing. */
export const stylesheet = `:root{--ink:#1b1b1b;--muted:#555;--rule:#ccc;--link:#0b4f9c;--mark:#fff1a8;--bar:#2d6db5;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.55 Georgia,"Times New Roman",serif;color:var(--ink);background:#fff}
main{max-width:46rem;margin:0 auto;padding:1rem}
a{color:var(--link)}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.skip{position:absolute;left:-999px}
.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header.site{border-bottom:1px solid var(--rule);font-family:system-ui,sans-serif}
header.site ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;margin:0 auto;max-width:46rem;padding:.6rem 1rem}
header.site a[aria-current]{font-weight:bold;text-decoration:none}
footer.site{max-width:46rem;margin:2rem auto;padding:0 1rem;color:var(--muted);font-size:.85rem}
h1{font-size:1.6rem;line-height:1.25}
.kind{text-transform:uppercase;letter-spacing:.06em;color:var(--muted);font:600 .8rem system-ui,sans-serif;margin:0}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font:.9rem/1.4 system-ui,sans-serif}
dl.meta dt{color:var(--muted)}dl.meta dd{margin:0;overflow-wrap:anywhere}
.formula{font-variant:small-caps}
section.provision{margin:.6rem 0}
section.provision section.provision{margin-left:1.2rem}
a.label{font-weight:bold;text-decoration:none;color:inherit}
a.src{font-size:.7em;vertical-align:super;text-decoration:none;margin-left:.1em}
ul.status{list-style:none;margin:.2rem 0 .6rem;padding:.3rem .6rem;border-left:3px solid var(--bar);background:#f3f6fa;font:.85rem/1.4 system-ui,sans-serif}
li.acted-on[data-action=revoke],li.acted-on[data-action=supersede],li.acted-on[data-action=terminate]{color:#8a1c1c}
mark{background:var(--mark);color:inherit}
blockquote{margin:.3rem 0 .8rem;padding-left:.8rem;border-left:2px solid var(--rule)}
table{border-collapse:collapse;width:100%;font:.85rem/1.4 system-ui,sans-serif}
th,td{border-bottom:1px solid var(--rule);padding:.3rem;text-align:left;vertical-align:top}
td.quote{color:var(--muted)}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
figure.timeline{margin:1rem 0}
svg.chart{width:100%;height:auto;font:10px system-ui,sans-serif}
svg.chart .bar{fill:var(--bar)}
svg.chart text{text-anchor:middle;fill:var(--ink)}
figcaption{font:.85rem system-ui,sans-serif;color:var(--muted)}
form#search{font-family:system-ui,sans-serif}
.field{display:flex;flex-direction:column;margin:.3rem 0}
.field.check{flex-direction:row;gap:.4rem;align-items:center}
input[type=search]{font-size:1.1rem;padding:.5rem;width:100%}
fieldset.filters{display:flex;flex-wrap:wrap;gap:0 1rem;border:1px solid var(--rule);margin:.6rem 0}
button{font:inherit;padding:.4rem 1rem}
.help,.status{color:var(--muted);font:.9rem system-ui,sans-serif}
#results ol{padding-left:1.2rem}
#results .doc{margin:1rem 0}
#results h2{font-size:1.05rem;margin:.2rem 0}
.when,.standing{color:var(--muted);font:.85rem system-ui,sans-serif}
ol.documents,ol.citing{padding-left:1.2rem}
@media (max-width:36rem){body{font-size:1rem}dl.meta{grid-template-columns:1fr}section.provision section.provision{margin-left:.6rem}td.quote{display:none}}
@media print{header.site,footer.site,form#search,a.src,.skip{display:none}a{color:inherit;text-decoration:none}main{max-width:none}ul.status{background:none}section.provision{break-inside:avoid}}
`
