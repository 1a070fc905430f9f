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
      /* Without an explicit size a chart inside a default Vaadin layout collapses to 0 x 0 and Chart.js draws nothing.
         Horizontal bars set --nlc-chart-fitted-height to what their rows need; an inline height (setHeight) wins. */
      :host {
        display: block;
        position: relative;
        width: 100%;
        height: var(--nlc-chart-fitted-height, var(--nlc-chart-height, 320px));
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

  // Every category keeps its label (the Java side turns Chart.js's auto-skipping off): long names are wrapped onto
  // several lines that fit a width in pixels of the drawn chart, so they are re-wrapped whenever the chart resizes.
  const NARROW_CHART = 480;
  // A category axis beside horizontal bars takes at most this share of the chart's width (Chart.js allows half).
  const SIDE_LABEL_SHARE = 0.4;
  const SIDE_LABEL_MAX = 220;
  // A radar label takes at most this share of the width on each side of the radar.
  const RADAR_LABEL_SHARE = 0.24;
  const RADAR_LABEL_MAX = 150;
  // Height of one horizontal bar's row: at least this, or the label's lines plus a gap.
  const BAR_ROW_MIN = 32;
  const BAR_ROW_GAP = 12;

  function fontSize(chart) {
    return chart.width < NARROW_CHART ? 12 : 13;
  }

  function font(chart) {
    return window.Chart.helpers.toFont({ size: fontSize(chart) });
  }

  function scriptedFont(context) {
    return { size: fontSize(context.chart) };
  }

  /** The label as it is if it fits, else its words greedily on lines no wider than maxWidth (a longer word alone). */
  function wrap(chart, label, maxWidth) {
    if (typeof label !== 'string') {
      return label;
    }
    const ctx = chart.ctx;
    ctx.save();
    ctx.font = font(chart).string;
    const fits = (text) => ctx.measureText(text).width <= maxWidth;
    const lines = [];
    let line = '';
    if (!fits(label)) {
      for (const word of label.trim().split(/\s+/)) {
        if (line && !fits(line + ' ' + word)) {
          lines.push(line);
          line = word;
        } else {
          line = line ? line + ' ' + word : word;
        }
      }
    }
    ctx.restore();
    if (lines.length === 0) {
      return label;
    }
    lines.push(line);
    return lines;
  }

  function labelEveryCategory(cfg) {
    const options = obj(cfg, 'options');
    const scales = obj(options, 'scales');
    if (cfg.type === 'radar') {
      const pointLabels = obj(obj(scales, 'r'), 'pointLabels');
      pointLabels.font = scriptedFont;
      pointLabels.callback = function (label) {
        return wrap(this.chart, label, Math.min(RADAR_LABEL_MAX, this.chart.width * RADAR_LABEL_SHARE));
      };
      return;
    }
    const categoryAxis = options.indexAxis === 'y' ? 'y' : 'x';
    const ticks = obj(obj(scales, categoryAxis), 'ticks');
    ticks.font = scriptedFont;
    ticks.callback = function (value) {
      const chart = this.chart;
      const maxWidth = categoryAxis === 'y'
        ? Math.min(SIDE_LABEL_MAX, chart.width * SIDE_LABEL_SHARE)
        : chart.width / Math.max(1, this.getLabels().length) - 8;
      return wrap(chart, this.getLabelForValue(value), maxWidth);
    };
  }

  // Chart.js places each radar label at its spoke and only keeps it inside the chart; on a phone the radar is so
  // small that two neighbours can cover each other. Move the one farther from the middle further up or down.
  const RADAR_LABEL_GAP = 2;
  const RADAR_SPREAD_PASSES = 20;

  function overlap(a, b) {
    return a.left < b.right + RADAR_LABEL_GAP && b.left < a.right + RADAR_LABEL_GAP
      && a.top < b.bottom + RADAR_LABEL_GAP && b.top < a.bottom + RADAR_LABEL_GAP;
  }

  function spreadRadarLabels(chart) {
    const scale = chart.scales.r;
    const items = scale && scale._pointLabelItems;
    if (!items) {
      return;
    }
    const middle = (item) => (item.top + item.bottom) / 2 - scale.yCenter;
    for (let pass = 0; pass < RADAR_SPREAD_PASSES; pass++) {
      let moved = false;
      for (let i = 0; i < items.length; i++) {
        for (let j = i + 1; j < items.length; j++) {
          if (!items[i].visible || !items[j].visible || !overlap(items[i], items[j])) {
            continue;
          }
          const [near, far] = Math.abs(middle(items[i])) <= Math.abs(middle(items[j]))
            ? [items[i], items[j]] : [items[j], items[i]];
          const dy = middle(far) >= 0 ? near.bottom + RADAR_LABEL_GAP - far.top : near.top - RADAR_LABEL_GAP - far.bottom;
          far.y += dy;
          far.top += dy;
          far.bottom += dy;
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  // A radar's ring values (the Java side hides Chart.js's own, which sit on the first spoke under every series):
  // each on its ring half-way between the first two spokes, where no point is drawn, over the data on a backdrop.
  const RING_LABEL_BACKDROP = 'rgba(255, 255, 255, 0.9)';
  const RING_LABEL_COLOR = '#4d5b6a';

  function drawRingLabels(chart) {
    const scale = chart.scales.r;
    if (!scale || !scale.ticks || chart.data.labels.length < 2) {
      return;
    }
    const ctx = chart.ctx;
    const size = fontSize(chart) - 1;
    const format = new Intl.NumberFormat(chart.options.locale || undefined);
    ctx.save();
    ctx.font = window.Chart.helpers.toFont({ size: size }).string;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const tick of scale.ticks) {
      if (tick.value <= scale.min) {
        continue;
      }
      const a = scale.getPointPositionForValue(0, tick.value);
      const b = scale.getPointPositionForValue(1, tick.value);
      const x = (a.x + b.x) / 2;
      const y = (a.y + b.y) / 2;
      const text = format.format(tick.value);
      const width = ctx.measureText(text).width + 6;
      const height = size + 4;
      ctx.fillStyle = RING_LABEL_BACKDROP;
      ctx.fillRect(x - width / 2, y - height / 2, width, height);
      ctx.fillStyle = RING_LABEL_COLOR;
      ctx.fillText(text, x, y);
    }
    ctx.restore();
  }

  // After Chart.js's layout: radar labels spread apart; horizontal bars get the height their rows need, so six or
  // nine themes with wrapped names never get squeezed.
  const LAYOUT = {
    id: 'nlcLayout',
    afterDatasetsDraw(chart) {
      if (chart.config.type === 'radar') {
        drawRingLabels(chart);
      }
    },
    afterLayout(chart) {
      if (chart.config.type === 'radar') {
        spreadRadarLabels(chart);
        return;
      }
      const host = chart.canvas.getRootNode().host;
      if (!host || chart.config.type !== 'bar' || chart.options.indexAxis !== 'y') {
        return;
      }
      const lineHeight = font(chart).lineHeight;
      let rows = 0;
      for (const tick of chart.scales.y.ticks) {
        const lines = Array.isArray(tick.label) ? tick.label.length : 1;
        rows += Math.max(BAR_ROW_MIN, lines * lineHeight + BAR_ROW_GAP);
      }
      const area = chart.chartArea;
      host._fitHeight(Math.ceil(chart.height - (area.bottom - area.top) + rows));
    }
  };

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

      // Work on a copy so that the stored config stays as Java sent it (a redraw re-applies the same additions).
      const cfg = JSON.parse(this._configJson);
      const options = obj(cfg, 'options');
      options.responsive = true;
      options.maintainAspectRatio = false;
      labelEveryCategory(cfg);
      cfg.plugins = [LAYOUT];
      if (!(cfg.type === 'bar' && options.indexAxis === 'y')) {
        this.style.removeProperty('--nlc-chart-fitted-height');
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

    _fitHeight(px) {
      const current = parseFloat(this.style.getPropertyValue('--nlc-chart-fitted-height'));
      // Only a real change: the resize it causes lays the chart out again with the same rows.
      if (!(Math.abs(current - px) <= 1)) {
        this.style.setProperty('--nlc-chart-fitted-height', px + 'px');
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
