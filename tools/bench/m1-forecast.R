# The R side of tools/benchmark-forecast: R's forecast package (ets, auto.arima, thetaf) on the training files
# that ForecastBenchmark.java prepared, written in Grenier's output format, with the seconds each method took.
# Usage: Rscript m1-forecast.R DIR FREQUENCY PERIOD HORIZON
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
dir <- args[1]; frequency <- args[2]; period <- as.integer(args[3]); h <- as.integer(args[4])
train <- read.csv(file.path(dir, paste0("train-", frequency, ".csv")), stringsAsFactors = FALSE)
series <- split(train$value, factor(train$series, levels = unique(train$series)))
methods <- list(
  ets = function(y) forecast(ets(y), h = h, level = c(80, 95)),
  arima = function(y) forecast(auto.arima(y), h = h, level = c(80, 95)),
  theta = function(y) thetaf(y, h = h, level = c(80, 95)))
for (name in names(methods)) {
  rows <- vector("list", length(series))
  started <- Sys.time()
  for (i in seq_along(series)) {
    fc <- methods[[name]](ts(series[[i]], frequency = period))
    rows[[i]] <- data.frame(series = names(series)[i], date = seq_len(h), model = name,
      forecast = as.numeric(fc$mean), lo80 = as.numeric(fc$lower[, 1]), hi80 = as.numeric(fc$upper[, 1]),
      lo95 = as.numeric(fc$lower[, 2]), hi95 = as.numeric(fc$upper[, 2]))
  }
  seconds <- as.numeric(difftime(Sys.time(), started, units = "secs"))
  write.csv(do.call(rbind, rows), file.path(dir, paste0("r-", name, "-", frequency, ".csv")), row.names = FALSE,
    quote = FALSE)
  cat(sprintf("r-%s %s %d series %.2f s\n", name, frequency, length(series), seconds))
}
