/*
 * <nlc-chart>: a thin custom element around Chart.js (global `Chart` from the chart.js WebJar UMD bundle).
 *
 * Deliberately a plain script without imports: this app has no Node build (Vaadin's pre-built bundle is used, which
 * only works while there is no @JsModule/@NpmPackage/@CssImport), so Maven copies this file to
 * META-INF/resources/nlc/ and NlcChart loads it with @JavaScript("context://nlc/nlc-chart.js").
 *
 * The Chart.js configuration arrives as a JSON string in the `config` property, built by Java with Jackson,
 * so no server data is ever concatenated into script code.
 */
(function () {
  'use strict';

  if (customElements.get('nlc-chart')) {
    return;
  }

  // The two scripts are loaded in order, but a chart must never silently stay blank if Chart.js is late.
  const CHART_WAIT_MS = 50;
  const CHART_WAIT_TRIES = 200;

  const TEMPLATE = document.createElement('template');
  TEMPLATE.innerHTML = `
    <style>
      /* Without an explicit size a chart inside a default Vaadin layout collapses to 0 x 0 and Chart.js draws nothing. */
      :host {
        display: block;
        position: relative;
        width: 100%;
        height: var(--nlc-chart-height, 320px);
        min-height: 160px;
        box-sizing: border-box;
      }
      :host([hidden]) { display: none; }
      /* Chart.js sizes the canvas from a dedicated, relatively positioned parent when responsive. */
      .box { position: relative; width: 100%; height: 100%; min-height: inherit; }
    </style>
    <div class="box"><canvas role="img"></canvas></div>`;

  function obj(parent, key) {
    if (parent[key] === null || typeof parent[key] !== 'object') {
      parent[key] = {};
    }
    return parent[key];
  }

  // Chart.js has no global RTL switch: legend and tooltip take rtl/textDirection, and bar charts are mirrored by
  // reversing the category/value axis so that they read from the right.
  // Long theme names on several short lines, so a radar on a phone keeps its labels inside the canvas.
  function wrapLabel(label) {
    if (typeof label !== 'string' || label.length <= 18) {
      return label;
    }
    const lines = [];
    let line = '';
    for (const word of label.split(' ')) {
      if (line && (line + ' ' + word).length > 18) {
        lines.push(line);
        line = word;
      } else {
        line = line ? line + ' ' + word : word;
      }
    }
    lines.push(line);
    return lines;
  }

  function fitSmallScreens(cfg) {
    if (cfg.data && Array.isArray(cfg.data.labels)) {
      cfg.data.labels = cfg.data.labels.map(wrapLabel);
    }
    if (cfg.type === 'radar') {
      const r = obj(obj(cfg, 'options'), 'scales').r || (cfg.options.scales.r = {});
      obj(r, 'pointLabels').font = (ctx) => ({ size: ctx.chart.width < 480 ? 10 : 12 });
    }
  }

  function applyRtl(cfg) {
    const options = obj(cfg, 'options');
    const plugins = obj(options, 'plugins');
    Object.assign(obj(plugins, 'legend'), { rtl: true, textDirection: 'rtl' });
    Object.assign(obj(plugins, 'tooltip'), { rtl: true, textDirection: 'rtl' });
    if (cfg.type === 'bar') {
      const scales = obj(options, 'scales');
      obj(scales, 'x').reverse = true;
      obj(scales, 'y').position = 'right';
    }
  }

  class NlcChart extends HTMLElement {
    static get observedAttributes() {
      return ['aria-label', 'label'];
    }

    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).appendChild(TEMPLATE.content.cloneNode(true));
      this._canvas = this.shadowRoot.querySelector('canvas');
      this._configJson = null;
      this._config = null;
      this._label = null;
      this._waitTries = 0;
      this._waitTimer = null;
      this.chart = null;
    }

    get config() {
      return this._configJson;
    }

    set config(json) {
      this._configJson = json == null || json === '' ? null : String(json);
      this._config = this._configJson === null ? null : JSON.parse(this._configJson);
      this._draw();
    }

    get label() {
      return this._label;
    }

    set label(value) {
      this._label = value == null ? null : String(value);
      this._updateLabel();
    }

    connectedCallback() {
      // Vaadin may set properties before this class was defined; those shadow our setters as plain own properties.
      let drawn = false;
      for (const prop of ['config', 'label']) {
        if (Object.prototype.hasOwnProperty.call(this, prop)) {
          const value = this[prop];
          delete this[prop];
          this[prop] = value;
          drawn = drawn || prop === 'config';
        }
      }
      this._updateLabel();
      if (!drawn) {
        this._draw();
      }
    }

    disconnectedCallback() {
      this._cancelWait();
      this._destroy();
    }

    attributeChangedCallback() {
      this._updateLabel();
    }

    _updateLabel() {
      const text = this.getAttribute('aria-label') || this.getAttribute('label') || this._label || '';
      if (text) {
        this._canvas.setAttribute('aria-label', text);
      } else {
        this._canvas.removeAttribute('aria-label');
      }
      // Fallback content for assistive technology that ignores aria-label on canvas.
      this._canvas.textContent = text;
    }

    _draw() {
      if (!this.isConnected) {
        return;
      }
      if (this._config === null) {
        this._destroy();
        return;
      }
      if (typeof window.Chart === 'undefined') {
        this._waitForChartJs();
        return;
      }
      this._cancelWait();

      // Work on a copy so that the stored config stays as Java sent it (a redraw re-applies the same transformations).
      const cfg = JSON.parse(this._configJson);
      const rtl = cfg.nlcRtl === true;
      delete cfg.nlcRtl;
      const options = obj(cfg, 'options');
      options.responsive = true;
      options.maintainAspectRatio = false;
      fitSmallScreens(cfg);
      if (rtl) {
        applyRtl(cfg);
      }

      if (this.chart && this.chart.config.type === cfg.type) {
        this.chart.data = cfg.data;
        this.chart.options = cfg.options;
        this.chart.update();
      } else {
        this._destroy();
        this.chart = new window.Chart(this._canvas, cfg);
      }
    }

    _waitForChartJs() {
      if (this._waitTimer !== null) {
        return;
      }
      if (this._waitTries++ >= CHART_WAIT_TRIES) {
        console.error('<nlc-chart>: Chart.js (global Chart) did not load; is the chart.js WebJar on the classpath?');
        return;
      }
      this._waitTimer = setTimeout(() => {
        this._waitTimer = null;
        this._draw();
      }, CHART_WAIT_MS);
    }

    _cancelWait() {
      if (this._waitTimer !== null) {
        clearTimeout(this._waitTimer);
        this._waitTimer = null;
      }
      this._waitTries = 0;
    }

    _destroy() {
      if (this.chart) {
        this.chart.destroy();
        this.chart = null;
      }
    }
  }

  customElements.define('nlc-chart', NlcChart);
})();
