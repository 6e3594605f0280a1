package io.decibench.plugin.results;

/**
 * The bundle a scenario ran on and how many bars one backtest processes, so times can be read per bar.
 *
 * @param barsPerAsset bars of each asset (every asset shares the bundle's timeline)
 * @param bars         bars per backtest: {@code assets x barsPerAsset}
 */
public record ScenarioInfo(String scenario, String bundle, int assets, int barsPerAsset, long bars) {
}
