/* Small page behaviours, vanilla JS (no CDN, no build step). Each part runs only when its
   elements are on the page. */
(function () {
  "use strict";

  function csrfToken(form) {
    var field = (form || document).querySelector('input[name="csrf_token"]');
    return field ? field.value : "";
  }

  /* ---------------------------------------------------------------- generate form */
  function initCounter() {
    document.querySelectorAll("textarea[data-counter]").forEach(function (area) {
      var out = document.getElementById(area.dataset.counter);
      var max = parseInt(area.getAttribute("maxlength"), 10);
      function update() {
        var n = area.value.length;
        out.textContent = n.toLocaleString() + " / " + max.toLocaleString();
        out.classList.toggle("text-danger", n >= max);
        out.classList.toggle("text-warning", n >= max * 0.9 && n < max);
      }
      area.addEventListener("input", update);
      update();
    });
  }

  function initLanguageFilter() {
    var filter = document.getElementById("language-filter");
    var select = document.getElementById("bio_language");
    if (!filter || !select) return;
    filter.addEventListener("input", function () {
      var q = filter.value.trim().toLowerCase();
      var first = null;
      Array.prototype.forEach.call(select.options, function (opt) {
        var match = !q || opt.text.toLowerCase().indexOf(q) !== -1;
        opt.hidden = !match;
        if (match && !first) first = opt;
      });
      if (first && select.selectedOptions[0] && select.selectedOptions[0].hidden) {
        select.value = first.value;
        select.dispatchEvent(new Event("change", { bubbles: true }));
      }
    });
    filter.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") ev.preventDefault(); // choose, do not submit the form
    });
  }

  /* Grey out the bio languages the chosen text provider does not write. */
  function initProviderLanguages() {
    var select = document.getElementById("bio_language");
    var provider = document.getElementById("text_provider");
    var help = document.getElementById("language-help");
    if (!select || !provider || !select.dataset.textLanguages) return;
    var table = JSON.parse(select.dataset.textLanguages);
    function update() {
      var written = table[provider.value];
      Array.prototype.forEach.call(select.options, function (opt) {
        var ok = !written || written.indexOf(opt.dataset.base) !== -1;
        opt.disabled = !ok;
        opt.textContent = opt.dataset.name + (ok ? "" : " — not written by this text provider");
      });
      if (help) {
        help.textContent = written
          ? "The chosen text provider writes " + written.length + " languages: " +
            written.join(", ") + "; the others are greyed out."
          : "The chosen text provider writes any language.";
      }
    }
    provider.addEventListener("change", update);
    update();
  }

  function initEstimate() {
    var form = document.getElementById("generate-form");
    var out = document.getElementById("estimate");
    if (!form || !out) return;
    var timer = null;
    var seq = 0;
    function refresh() {
      var mine = ++seq;
      fetch(form.dataset.estimateUrl, {
        method: "POST",
        body: new FormData(form),
        headers: { "X-CSRFToken": csrfToken(form), Accept: "application/json" },
        credentials: "same-origin",
      })
        .then(function (r) { return r.ok ? r.json() : { text: "" }; })
        .then(function (data) { if (mine === seq) out.textContent = data.text; })
        .catch(function () { if (mine === seq) out.textContent = ""; });
    }
    function later() {
      clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    }
    form.addEventListener("input", later);
    form.addEventListener("change", later);
  }

  /* ---------------------------------------------------------------- task page */
  function initTaskProgress() {
    var box = document.getElementById("task-progress");
    if (!box || box.dataset.finished === "1") return;
    var url = box.dataset.progressUrl;
    var failures = 0;
    function set(id, text) {
      var el = document.getElementById(id);
      if (el) el.textContent = text;
    }
    function render(p) {
      set("progress-percent", p.percent + "%");
      set("progress-stage", p.status_label);
      set("progress-personas", p.personas_done.toLocaleString() + " / " + p.personas_total.toLocaleString());
      set("progress-images", p.images_done.toLocaleString() + " / " + p.images_total.toLocaleString());
      set("progress-elapsed", p.elapsed_text);
      set("progress-remaining", p.remaining_text);
      var wrap = document.getElementById("progress-bar-wrap");
      var bar = wrap && wrap.querySelector(".progress-bar");
      if (bar) {
        bar.style.width = p.percent + "%";
        wrap.querySelector(".progress").setAttribute("aria-valuenow", p.percent);
        bar.className = "progress-bar" + (
          p.status === "completed" ? " bg-success" :
          p.status === "failed" ? " bg-danger" :
          p.status === "cancelled" ? " bg-warning" :
          p.status === "pending" ? "" : " progress-bar-striped progress-bar-animated");
      }
      var steps = document.getElementById("stage-steps");
      if (steps && p.steps) {
        steps.querySelectorAll(".stage-step").forEach(function (li, i) {
          var step = p.steps[i];
          if (!step) return;
          li.className = "stage-step stage-" + step.state;
          li.querySelector(".stage-label").textContent = step.label;
        });
      }
      var badge = document.querySelector("#task-status-badge .badge");
      if (badge) {
        badge.textContent = p.status_label;
        badge.className = "badge rounded-pill status-badge " + p.status_class;
        badge.dataset.status = p.status;
      }
      box.dataset.status = p.status;
    }
    function swapLiveParts() {
      // Fetch this page once more and swap in the parts that depend on the status
      // (actions, error log, downloads, report, gallery): no reload of the page itself.
      return fetch(window.location.href, { credentials: "same-origin", headers: { Accept: "text/html" } })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var doc = new DOMParser().parseFromString(html, "text/html");
          document.querySelectorAll("[data-live][id]").forEach(function (el) {
            var fresh = doc.getElementById(el.id);
            if (fresh) el.replaceWith(document.importNode(fresh, true));
          });
          var modal = doc.getElementById("delete-modal");
          var current = document.getElementById("delete-modal");
          if (modal && current) current.replaceWith(document.importNode(modal, true));
        });
    }
    function poll() {
      fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" }, cache: "no-store" })
        .then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.json();
        })
        .then(function (p) {
          failures = 0;
          var wasErrors = !!document.getElementById("error-log");
          render(p);
          if (p.finished) {
            swapLiveParts().then(function () { box.dataset.finished = "1"; });
            return;
          }
          if (p.has_errors && !wasErrors) swapLiveParts();
          setTimeout(poll, 1000);
        })
        .catch(function () {
          failures += 1;
          setTimeout(poll, Math.min(10000, 1000 * Math.pow(2, failures)));
        });
    }
    setTimeout(poll, 1000);
  }

  /* ---------------------------------------------------------------- persona page */
  function initCopy() {
    document.addEventListener("click", function (ev) {
      var btn = ev.target.closest(".copy-button");
      if (!btn) return;
      var target = document.getElementById(btn.dataset.copyTarget);
      if (!target) return;
      var text = target.textContent;
      var done = function (ok) {
        var old = btn.dataset.label || btn.textContent;
        btn.dataset.label = old;
        btn.textContent = ok ? "Copied" : "Copy failed";
        btn.classList.toggle("btn-success", ok);
        btn.classList.toggle("btn-outline-secondary", !ok);
        setTimeout(function () {
          btn.textContent = old;
          btn.classList.remove("btn-success");
          btn.classList.add("btn-outline-secondary");
        }, 1500);
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(false); });
      } else {
        // Plain-HTTP deployments have no clipboard API: fall back to a selection copy.
        var area = document.createElement("textarea");
        area.value = text;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
        document.body.removeChild(area);
        done(ok);
      }
    });
  }

  function initLightbox() {
    var modalEl = document.getElementById("lightbox");
    if (!modalEl || !window.bootstrap) return;
    var modal = new bootstrap.Modal(modalEl);
    var img = document.getElementById("lightbox-image");
    var caption = document.getElementById("lightbox-caption");
    var sources = [];
    document.querySelectorAll("#persona-images .lightbox-trigger").forEach(function (b) {
      sources.push(b.dataset.lightbox);
    });
    var index = 0;
    function show(i) {
      if (!sources.length) return;
      index = (i + sources.length) % sources.length;
      img.src = sources[index];
      caption.textContent = "Image " + (index + 1) + " of " + sources.length;
    }
    document.addEventListener("click", function (ev) {
      var trigger = ev.target.closest(".lightbox-trigger");
      if (trigger) {
        show(parseInt(trigger.dataset.index, 10) || 0);
        modal.show();
        return;
      }
      var nav = ev.target.closest(".lightbox-nav");
      if (nav) show(index + parseInt(nav.dataset.step, 10));
    });
    document.addEventListener("keydown", function (ev) {
      if (!modalEl.classList.contains("show")) return;
      if (ev.key === "ArrowLeft") show(index - 1);
      if (ev.key === "ArrowRight") show(index + 1);
    });
  }

  /* ---------------------------------------------------------------- tokens page */
  function initConfirm() {
    // Forms that ask before submitting (data-confirm="question"), in place of inline
    // onsubmit handlers, which the Content-Security-Policy does not run.
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (ev) {
        if (!window.confirm(form.dataset.confirm)) ev.preventDefault();
      });
    });
  }

  function initCopyToken() {
    var button = document.getElementById("copy-token");
    var field = document.getElementById("new-token");
    if (!button || !field) return;
    button.addEventListener("click", function () {
      field.select();
      var done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard) { navigator.clipboard.writeText(field.value).then(done); }
      else { document.execCommand("copy"); done(); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initConfirm();
    initCopyToken();
    initCounter();
    initLanguageFilter();
    initProviderLanguages();
    initEstimate();
    initTaskProgress();
    initCopy();
    initLightbox();
  });
})();
