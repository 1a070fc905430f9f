package io.nlc.portfolio;

import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class HubPortfolioH2Test extends HubPortfolioTests {}
