/**
 * The website question form a practice pastes into its own site. The script is static apart from the
 * endpoint URL (JSON-encoded into it), builds the form with DOM calls and textContent only (no eval,
 * no innerHTML, no inline handlers, so it runs under a strict CSP that allows the script's origin), and
 * posts JSON. The honeypot field `website` is hidden from people and assistive technology; bots fill it.
 */
export function embedScript(endpoint: string): string {
  return `(function () {
  "use strict";
  var ENDPOINT = ${JSON.stringify(endpoint)};
  var uid = 0;
  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    if (text) node.textContent = text;
    return node;
  }
  function field(form, label, input, hint) {
    var id = "bedside-q-" + (++uid);
    input.id = id;
    var wrap = el("p", {});
    wrap.appendChild(el("label", { "for": id }, label));
    wrap.appendChild(el("br", {}));
    if (hint) {
      var hintId = id + "-hint";
      input.setAttribute("aria-describedby", hintId);
      wrap.appendChild(el("small", { id: hintId }, hint));
      wrap.appendChild(el("br", {}));
    }
    wrap.appendChild(input);
    form.appendChild(wrap);
  }
  function render(host) {
    var form = el("form", { novalidate: "" });
    field(form, "Your name", el("input", { name: "name", type: "text", required: "", maxlength: "120", autocomplete: "name" }));
    field(form, "Email or phone (optional)", el("input", { name: "contact", type: "text", maxlength: "200", autocomplete: "email" }), "So we can answer you privately.");
    field(form, "Your question", el("textarea", { name: "question", required: "", maxlength: "5000", rows: "5" }),
      "Please do not include medical details. In an emergency call 911.");
    var trap = el("p", { "aria-hidden": "true" });
    trap.style.cssText = "position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden";
    trap.appendChild(el("label", {}, "Website"));
    trap.appendChild(el("input", { name: "website", type: "text", tabindex: "-1", autocomplete: "off" }));
    form.appendChild(trap);
    var button = el("button", { type: "submit" }, "Send question");
    form.appendChild(button);
    var status = el("p", { role: "status", "aria-live": "polite" });
    form.appendChild(status);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var data = { name: form.elements.name.value.trim(), question: form.elements.question.value.trim(), website: form.elements.website.value };
      var contact = form.elements.contact.value.trim();
      if (contact) data.contact = contact;
      if (!data.name || !data.question) { status.textContent = "Please fill in your name and your question."; return; }
      button.disabled = true;
      status.textContent = "Sending...";
      fetch(ENDPOINT, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(data), credentials: "omit" })
        .then(function (res) {
          if (res.status === 202) { form.reset(); status.textContent = "Thank you. We received your question."; }
          else if (res.status === 429) status.textContent = "Too many questions from this connection; please try again later.";
          else status.textContent = "Sorry, your question could not be sent. Please call us instead.";
        })
        .catch(function () { status.textContent = "Sorry, your question could not be sent. Please call us instead."; })
        .then(function () { button.disabled = false; });
    });
    host.appendChild(form);
  }
  function start() {
    var hosts = document.querySelectorAll("[data-bedside-form]");
    for (var i = 0; i < hosts.length; i++) if (!hosts[i].getAttribute("data-bedside-ready")) {
      hosts[i].setAttribute("data-bedside-ready", "1");
      render(hosts[i]);
    }
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();
`;
}

/** What the practice pastes into its page (documented in webhooks/README.md). */
export function embedSnippet(publicUrl: string, slug: string): string {
  const base = publicUrl.replace(/\/+$/, "");
  return `<div data-bedside-form></div>\n<script src="${base}/api/public/practices/${encodeURIComponent(slug)}/embed.js" async></script>`;
}
