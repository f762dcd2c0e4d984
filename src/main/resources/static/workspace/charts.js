// The workspace's report charts: each element with data-chart (labels, values, links, name) becomes a
// bar chart; a bar with a link opens the records behind it. The table under each chart holds the same numbers.
(function () {
  document.querySelectorAll('.chart[data-chart]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 48 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: data.labels, axisLabel: { interval: 0, rotate: data.labels.length > 4 ? 20 : 0 } },
      // Counts step by whole numbers; rates and minutes as they come.
      yAxis: { type: 'value', name: data.name, nameLocation: 'middle', nameGap: 36,
        minInterval: data.values.every(function (v) { return v === null || Number.isInteger(v); }) ? 1 : null },
      series: [{ type: 'bar', name: data.name, data: data.values, itemStyle: { color: '#0b4f8a' },
        cursor: 'pointer', label: { show: true, position: 'top' } }]
    });
    chart.on('click', function (event) {
      var link = data.links[event.dataIndex];
      if (link) {
        window.location.href = link;
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
