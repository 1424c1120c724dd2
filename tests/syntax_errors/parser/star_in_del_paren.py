del (*a,)
